import { auditSteps, recordAudit } from '../audit/entry.ts';
import { requirePermission } from '../auth/scope.ts';
import { transactWrite } from '../db/transact.ts';
import { notFound } from '../errors.ts';
import { getOrganization } from '../organizations/read.ts';
import type { Session } from '../session.ts';

/** Personal information fields that are stored in clear and shown masked. */
export const PERSONAL_FIELDS = ['secretary.phone'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/**
 * The clear value of a masked field, for a role granted it, on a record in the caller's
 * subtree. Each reveal is written to the audit trail before the value is returned.
 */
export async function revealPersonalInformation(
  session: Session,
  organizationId: string,
  field: PersonalField,
) {
  requirePermission(session, 'revealPersonalInformation', 'see personal information in clear');
  const org = await getOrganization(session, organizationId);
  if (!org) throw notFound('Organization', organizationId);
  const value = field === 'secretary.phone' ? (org.secretary?.phone ?? null) : null;
  await recordAudit(session, {
    operation: 'revealPersonalInformation',
    recordType: 'Organization',
    recordId: org.id,
    paths: [org.path],
    after: { revealed: field },
  });
  return value;
}
