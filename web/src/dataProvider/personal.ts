import type { GraphQLRequest } from './client.ts';

/**
 * The organization secretary's phone in clear. The API shows it masked (138****5678) and
 * answers this only to roles granted personal information, writing each reveal to the
 * audit trail first.
 */
export async function revealSecretaryPhone(
  request: GraphQLRequest,
  organizationId: string,
): Promise<string | null> {
  const data = await request<{ revealPersonalInformation: string | null }>(
    'mutation Reveal($id: ID!) { revealPersonalInformation(id: $id, field: SECRETARY_PHONE) }',
    { id: organizationId },
  );
  return data.revealPersonalInformation;
}
