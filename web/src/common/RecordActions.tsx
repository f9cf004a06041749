import type { ReactNode } from 'react';
import { DeleteButton, EditButton, TopToolbar } from 'react-admin';
import { AuditTrailButton } from './AuditTrailButton.tsx';
import { useNotifyError } from './useNotifyError.ts';

/**
 * The show page's toolbar: the resource's own actions, then edit and delete, and the
 * record's audit trail. Edit and delete (after a confirmation) show only to roles that may
 * write (the auth provider's canAccess); a refused delete (HAS_DEPENDENTS, CONFLICT) is
 * notified with the reason.
 */
export const RecordActions = ({ children }: { children?: ReactNode }) => (
  <TopToolbar>
    {children}
    <EditButton />
    <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError: useNotifyError() }} />
    <AuditTrailButton />
  </TopToolbar>
);
