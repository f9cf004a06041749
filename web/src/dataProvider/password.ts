import type { GraphQLRequest } from './client.ts';

/**
 * The signed-in person changes their own password. The API then ends every session of the
 * account, this one included, so the caller logs in again with the new password.
 */
export async function changeOwnPassword(
  request: GraphQLRequest,
  oldPassword: string,
  newPassword: string,
): Promise<void> {
  await request(
    'mutation ChangePassword($old: String!, $new: String!) { changeOwnPassword(oldPassword: $old, newPassword: $new) { id } }',
    { old: oldPassword, new: newPassword },
    // the API names the new password `password` in its errors, as setAccountPassword does
    { rename: { password: 'newPassword' } },
  );
}
