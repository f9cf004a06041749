import type { ReactNode } from 'react';
import { DeleteWithConfirmButton, EditButton, TopToolbar } from 'react-admin';
import { useNotifyError } from './useNotifyError.ts';

/**
 * The show page's toolbar: the resource's own actions, then edit and delete. A refused
 * delete (HAS_DEPENDENTS, CONFLICT) is notified with the reason.
 */
export const RecordActions = ({ children }: { children?: ReactNode }) => (
  <TopToolbar>
    {children}
    <EditButton />
    <DeleteWithConfirmButton mutationOptions={{ onError: useNotifyError() }} />
  </TopToolbar>
);
