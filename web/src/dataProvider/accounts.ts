import type { RaRecord } from 'ra-core';
import type { GraphQLRequest } from './client.ts';
import {
  changedInput,
  createInput,
  definedOnly,
  type Filter,
  fragmentName,
  mutate,
  type ResourceDefinition,
} from './resource.ts';

interface AccountNode {
  id: string;
  kind: 'USER' | 'SERVICE' | 'PUBLIC';
  scope: { id: string; name: string } | null;
  [field: string]: unknown;
}

const FRAGMENT = `fragment AccountFields on Account {
  id kind login displayName role roleLabel disabled lockedUntil lastLoginAt
  version createdAt updatedAt scope { id name }
}`;

// A REGION_ADMIN acts on the whole stack and has no scope; only a person has a password.
const normalize = (data: Filter): Filter => ({
  ...data,
  ...(data.role === 'REGION_ADMIN' ? { scopeOrgId: null } : {}),
  ...(data.kind && data.kind !== 'USER' ? { password: null } : {}),
});

/**
 * Accounts (账户管理): USER accounts of people, SERVICE accounts of client programs and
 * PUBLIC accounts of public pages (党务公开栏).
 * Account is no Node: a record by id comes from `account(id)`.
 */
export const accounts: ResourceDefinition<AccountNode> = {
  typename: 'Account',
  fragment: FRAGMENT,
  listField: 'accounts',
  filterType: 'AccountFilter',
  toFilter: ({ q }) => definedOnly({ search: q }),
  toRecord: (node) => ({ ...node, scopeOrgId: node.scope?.id ?? null }),
  // one `account(id)` read an id
  async find(request, ids) {
    const found = await Promise.all(
      ids.map(async (id) => {
        const data = await request<{ account: AccountNode | null }>(
          `query Account($id: ID!) { account(id: $id) { ...${fragmentName('Account')} } }\n${FRAGMENT}`,
          { id },
        );
        return data.account;
      }),
    );
    return found.filter((node): node is AccountNode => node !== null);
  },
  create: (request, data) =>
    mutate(request, accounts, 'createAccount', {
      input: [
        'CreateAccountInput!',
        createInput(
          normalize(data),
          ['kind', 'login', 'displayName', 'role', 'scopeOrgId', 'password'],
          ['login', 'displayName'],
        ),
      ],
    }),
  update: (request, id, data, previous) =>
    mutate(request, accounts, 'updateAccount', {
      id: ['ID!', id],
      version: ['Int!', previous.version],
      input: [
        'UpdateAccountInput!',
        changedInput(normalize(data), previous, ['displayName', 'role', 'scopeOrgId', 'disabled']),
      ],
    }),
};

/** An administrator sets a USER account's password; the account's sessions end. */
export const setAccountPassword = (
  request: GraphQLRequest,
  id: string,
  version: number,
  password: string,
): Promise<RaRecord> =>
  mutate(request, accounts, 'setAccountPassword', {
    id: ['ID!', id],
    version: ['Int!', version],
    password: ['String!', password],
  });

/** A token for a SERVICE or PUBLIC account, valid `days` days; the API keeps no copy. */
export async function issueServiceToken(
  request: GraphQLRequest,
  id: string,
  days: number,
): Promise<string> {
  const data = await request<{ issueServiceToken: string }>(
    'mutation Issue($id: ID!, $days: Int!) { issueServiceToken(id: $id, days: $days) }',
    { id, days },
  );
  return data.issueServiceToken;
}
