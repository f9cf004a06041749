import type { ReactNode } from 'react';
import { DeleteButton, EditButton, TopToolbar } from 'react-admin';
import { AuditTrailButton } from './AuditTrailButton.tsx';
import { useNotifyError } from './useNotifyError.ts';

/**
 * The show page's toolbar: the resource's own actions, then edit and delete, and the
 * record's audit trail. Edit and delete (after a confirmation) show only to roles that may
 * write (the auth provider's canAccess); a refused delete (HAS_DEPENDENTS, CONFLICT) is
 * notified with the reason. `editable` and `deletable` carry what the record itself says
 * now: react-admin keeps canAccess per record id, so it answers late when an action on the
 * page changes whether the record may be edited (a request handed to the level above).
 */
export const RecordActions = ({
  children,
  editable = true,
  deletable = true,
}: {
  children?: ReactNode;
  editable?: boolean;
  deletable?: boolean;
}) => {
  const onError = useNotifyError();
  return (
    <TopToolbar>
      {children}
      {editable && <EditButton />}
      {deletable && <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError }} />}
      <AuditTrailButton />
    </TopToolbar>
  );
};
