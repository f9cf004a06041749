import { recordAudit } from '../audit/entry.ts';
import { signServiceToken } from '../auth/tokens.ts';
import { invalid } from '../errors.ts';
import type { Session } from '../session.ts';
import { requireManagedAccount } from './read.ts';

export const MAX_SERVICE_TOKEN_DAYS = 366;

/**
 * A token for a client program's service account (it acts with the account's role and
 * scope) or a public page's PUBLIC account (it reads the disclosed requests of the scope),
 * until it expires or the account is disabled or its access changes.
 */
export async function issueServiceToken(
  session: Session,
  secret: Uint8Array,
  accountId: string,
  days: number,
) {
  const account = await requireManagedAccount(session, accountId);
  if (account.kind === 'USER')
    throw invalid('id', 'Tokens are for service and public accounts; people log in.');
  if (account.disabled) throw invalid('id', 'This service account is disabled.');
  if (!Number.isInteger(days) || days < 1 || days > MAX_SERVICE_TOKEN_DAYS) {
    throw invalid('days', `Between 1 and ${MAX_SERVICE_TOKEN_DAYS} days.`);
  }
  await recordAudit(session, {
    operation: 'issueServiceToken',
    recordType: 'Account',
    recordId: account.id,
    paths: [account.scopePath],
    after: { days },
  });
  return signServiceToken(secret, account.id, account.tokenVersion, days, session.now());
}
