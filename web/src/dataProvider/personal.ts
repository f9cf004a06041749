import type { GraphQLRequest } from './client.ts';

/** The API's fields of personal information, each shown masked (its PersonalField enum). */
export type PersonalField =
  | 'SECRETARY_PHONE'
  | 'GRID_STAFF_PHONE'
  | 'MEMBER_PHONE'
  | 'RESIDENT_NAME'
  | 'RESIDENT_PHONE';

/**
 * A field of personal information in clear: `id` is the record holding it (an
 * Organization, a GridStaff, a Member or a Request). The API shows these masked
 * (138****5678, 张*) and answers this only to roles granted personal information, writing
 * each reveal to the audit trail first.
 */
export async function revealPersonalInformation(
  request: GraphQLRequest,
  field: PersonalField,
  id: string,
): Promise<string | null> {
  const data = await request<{ revealPersonalInformation: string | null }>(
    'mutation Reveal($id: ID!, $field: PersonalField!) { revealPersonalInformation(id: $id, field: $field) }',
    { id, field },
  );
  return data.revealPersonalInformation;
}

/** The organization secretary's phone in clear. */
export const revealSecretaryPhone = (request: GraphQLRequest, organizationId: string) =>
  revealPersonalInformation(request, 'SECRETARY_PHONE', organizationId);
