import { recordAudit } from '../audit/entry.ts';
import { requirePermission } from '../auth/scope.ts';
import { notFound } from '../errors.ts';
import { getGrid } from '../grids/read.ts';
import { getMember } from '../members/read.ts';
import { getOrganization } from '../organizations/read.ts';
import { getRequest } from '../requests/read.ts';
import type { Session } from '../session.ts';

/** Personal information fields that are stored in clear and shown masked. */
export const PERSONAL_FIELDS = [
  'secretary.phone',
  'staff.phone',
  'member.phone',
  'resident.name',
  'resident.phone',
] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/** The kind of record each field lives on, for a NOT_FOUND that names it. */
const HOLDER_TYPE: Record<PersonalField, string> = {
  'secretary.phone': 'Organization',
  'staff.phone': 'GridStaff',
  'member.phone': 'Member',
  'resident.name': 'Request',
  'resident.phone': 'Request',
};

interface Found {
  value: string | null;
  recordType: string;
  recordId: string;
  paths: string[];
}

/**
 * The record holding a field, if the caller may see it. `recordId` names an organization
 * (secretary), a member, a request (resident), or a grid's staff member as `gridId/staffId`.
 */
async function holder(session: Session, id: string, field: PersonalField): Promise<Found | null> {
  switch (field) {
    case 'secretary.phone': {
      const org = await getOrganization(session, id);
      return (
        org && {
          value: org.secretary?.phone ?? null,
          recordType: 'Organization',
          recordId: org.id,
          paths: [org.path],
        }
      );
    }
    case 'staff.phone': {
      const [gridId = '', staffId] = id.split('/');
      const grid = await getGrid(session, gridId);
      const staff = grid?.staff.find((s) => s.id === staffId);
      return grid && staff
        ? {
            value: staff.phone,
            recordType: 'Grid',
            recordId: grid.id,
            paths: [grid.organizationPath],
          }
        : null;
    }
    case 'member.phone': {
      const member = await getMember(session, id);
      return (
        member && {
          value: member.phone,
          recordType: 'Member',
          recordId: member.id,
          paths: [member.organizationPath, ...(member.gridPath ? [member.gridPath] : [])],
        }
      );
    }
    case 'resident.name':
    case 'resident.phone': {
      const request = await getRequest(session, id);
      return (
        request && {
          value:
            field === 'resident.name'
              ? (request.resident?.name ?? null)
              : (request.resident?.phone ?? null),
          recordType: 'Request',
          recordId: request.id,
          paths: [request.originPath],
        }
      );
    }
  }
}

/**
 * The clear value of a masked field, for a role granted it, on a record in the caller's
 * subtree. Each reveal is written to the audit trail before the value is returned.
 */
export async function revealPersonalInformation(
  session: Session,
  recordId: string,
  field: PersonalField,
) {
  requirePermission(session, 'revealPersonalInformation', 'see personal information in clear');
  const found = await holder(session, recordId, field);
  if (!found) throw notFound(HOLDER_TYPE[field], recordId);
  await recordAudit(session, {
    operation: 'revealPersonalInformation',
    recordType: found.recordType,
    recordId: found.recordId,
    paths: found.paths,
    after: {
      revealed: field,
      ...(field === 'staff.phone' ? { staffId: recordId.split('/')[1] } : {}),
    },
  });
  return found.value;
}
