import { usePermissions } from 'react-admin';
import type { SessionAccount } from './session.ts';

/** The signed-in account (the auth provider's permissions); undefined while it loads. */
export function useAccount(): SessionAccount | null | undefined {
  const { permissions, isPending } = usePermissions<SessionAccount | null>();
  return isPending ? undefined : (permissions ?? null);
}
