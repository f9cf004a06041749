import {
  type Account,
  accountRecord,
  changeOwnPassword,
  createAccount,
  getManagedAccount,
  issueServiceToken,
  listAccounts,
  login,
  PERMISSIONS,
  ROLE_LABELS,
  refresh,
  setPassword,
  updateAccount,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import { encodeGlobalID, idOf, optionalIdOf } from '../ids.ts';
import { withoutNulls } from '../inputs.ts';
import { RoleEnum } from './enums.ts';
import { OrganizationRef, pagingArgs, toConnection } from './refs.ts';

const AccountKindEnum = builder.enumType('AccountKind', {
  description:
    'USER: a person who logs in; SERVICE: a client program with a service token; PUBLIC: a public page (党务公开栏) whose token reads only `publicRequests` of its scope (role VIEWER).',
  values: ['USER', 'SERVICE', 'PUBLIC'] as const,
});

const Permissions = builder
  .objectRef<(typeof PERMISSIONS)[keyof typeof PERMISSIONS]>('Permissions')
  .implement({
    description:
      'What the role may do, so clients can hide what it cannot (the server enforces it anyway).',
    fields: (t) => ({
      write: t.exposeBoolean('write'),
      manageAccounts: t.exposeBoolean('manageAccounts'),
      revealPersonalInformation: t.exposeBoolean('revealPersonalInformation'),
      readAudit: t.exposeBoolean('readAudit'),
    }),
  });

export const AccountRef = builder.objectRef<Account>('Account').implement({
  fields: (t) => ({
    id: t.id({ resolve: (a) => encodeGlobalID('Account', a.id) }),
    kind: t.field({ type: AccountKindEnum, resolve: (a) => a.kind }),
    login: t.exposeString('login'),
    displayName: t.exposeString('displayName'),
    role: t.field({ type: RoleEnum, resolve: (a) => a.role }),
    roleLabel: t.string({ resolve: (a) => ROLE_LABELS[a.role] }),
    permissions: t.field({ type: Permissions, resolve: (a) => PERMISSIONS[a.role] }),
    scope: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organization whose subtree the account acts in; null for the whole stack.',
      // an account the caller may see is scoped inside the caller's scope (or is the caller's own)
      resolve: (a, _args, { session }) =>
        a.scopeOrgId ? session.loaders.organizations.load(a.scopeOrgId) : null,
    }),
    disabled: t.exposeBoolean('disabled'),
    lockedUntil: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.lockedUntil }),
    lastLoginAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.lastLoginAt }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (a) => a.updatedAt }),
  }),
});

const AccountConnection = builder.connectionObject({ type: AccountRef, name: 'AccountConnection' });

const AuthPayload = builder
  .objectRef<{ accessToken: string; refreshToken: string; expiresAt: string; account: Account }>(
    'AuthPayload',
  )
  .implement({
    fields: (t) => ({
      accessToken: t.exposeString('accessToken', {
        description: 'Send as `Authorization: Bearer <accessToken>`; valid 15 minutes.',
      }),
      refreshToken: t.exposeString('refreshToken', {
        description: 'Renews the access token with `refreshToken` for 30 days.',
      }),
      expiresAt: t.field({ type: 'DateTime', resolve: (p) => p.expiresAt }),
      account: t.field({ type: AccountRef, resolve: (p) => p.account }),
    }),
  });

const accountId = (id: string | number, path = 'id') => idOf(String(id), 'Account', path);

const AccountFilter = builder.inputType('AccountFilter', {
  fields: (t) => ({
    search: t.string({
      description:
        'Part of the login (as written) or of the display name; the list is then uncounted.',
    }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: AccountRef,
    description: 'The account making the request.',
    resolve: async (_root, _args, { session }) => {
      const found = await accountRecord(session, session.actor.accountId);
      if (!found) throw new Error('The account of this token no longer exists.');
      return found.account;
    },
  }),
  account: t.field({
    type: AccountRef,
    nullable: true,
    description:
      'An account scoped inside your subtree (ORG_ADMIN and REGION_ADMIN); null otherwise.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { session }) => getManagedAccount(session, accountId(id)),
  }),
  accounts: t.field({
    type: AccountConnection,
    description: 'Accounts scoped inside your subtree (ORG_ADMIN and REGION_ADMIN).',
    args: { filter: t.arg({ type: AccountFilter }), ...pagingArgs(t.arg) },
    resolve: async (_root, { filter, ...args }, { session }) =>
      toConnection(await listAccounts(session, args, { search: filter?.search })),
  }),
}));

const CreateAccountInput = builder.inputType('CreateAccountInput', {
  fields: (t) => ({
    kind: t.field({ type: AccountKindEnum, description: 'Default USER.' }),
    login: t.string({ required: true }),
    displayName: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    scopeOrgId: t.id({ description: 'Required for every role but REGION_ADMIN.' }),
    password: t.string({
      description: 'For USER accounts: at least 10 characters with letters and digits.',
    }),
  }),
});

const UpdateAccountInput = builder.inputType('UpdateAccountInput', {
  description:
    'A change of role, scope or `disabled` ends every session and service token of the account.',
  fields: (t) => ({
    displayName: t.string(),
    role: t.field({ type: RoleEnum }),
    scopeOrgId: t.id(),
    disabled: t.boolean(),
  }),
});

builder.mutationFields((t) => ({
  login: t.field({
    type: AuthPayload,
    description:
      'Exchanges a login name and password for tokens. Five wrong passwords lock the account for a while.',
    args: { login: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_root, args, { session, secret }) =>
      login(session, secret, args.login, args.password),
  }),
  refreshToken: t.field({
    type: AuthPayload,
    args: { refreshToken: t.arg.string({ required: true }) },
    resolve: (_root, args, { session, secret }) => refresh(session, secret, args.refreshToken),
  }),
  changeOwnPassword: t.field({
    type: AccountRef,
    description: 'Ends every other session of the account.',
    args: {
      oldPassword: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true }),
    },
    resolve: (_root, args, { session }) =>
      changeOwnPassword(session, args.oldPassword, args.newPassword),
  }),
  createAccount: t.field({
    type: AccountRef,
    args: { input: t.arg({ type: CreateAccountInput, required: true }) },
    resolve: (_root, { input }, { session }) =>
      createAccount(session, {
        ...withoutNulls(input),
        scopeOrgId:
          optionalIdOf(input.scopeOrgId?.toString(), 'Organization', 'scopeOrgId') ?? null,
      }),
  }),
  updateAccount: t.field({
    type: AccountRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: UpdateAccountInput, required: true }),
    },
    resolve: (_root, { id, version, input }, { session }) =>
      updateAccount(session, accountId(id), version, {
        ...input,
        ...(input.scopeOrgId !== undefined
          ? {
              scopeOrgId:
                optionalIdOf(input.scopeOrgId?.toString(), 'Organization', 'scopeOrgId') ?? null,
            }
          : {}),
      }),
  }),
  setAccountPassword: t.field({
    type: AccountRef,
    description: 'An administrator sets a new password; the account’s sessions end.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: (_root, args, { session }) =>
      setPassword(session, accountId(args.id), args.version, args.password),
  }),
  issueServiceToken: t.string({
    description:
      'A token for a SERVICE or PUBLIC account, valid `days` days (1 to 366) until the account is disabled or changed.',
    args: { id: t.arg.id({ required: true }), days: t.arg.int({ required: true }) },
    resolve: (_root, args, { session, secret }) =>
      issueServiceToken(session, secret, accountId(args.id), args.days),
  }),
}));
