import {
  type AuditEntry,
  invalid,
  listAudit,
  type PersonalField,
  revealPersonalInformation,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import { decodeId, encodeGlobalID, idOf } from '../ids.ts';
import { pagingArgs, toConnection } from './refs.ts';

const FieldChange = builder
  .objectRef<{ field: string; before: unknown; after: unknown }>('FieldChange')
  .implement({
    description: 'One changed field: its values before and after, as JSON.',
    fields: (t) => ({
      field: t.exposeString('field'),
      before: t.string({
        nullable: true,
        resolve: (c) => (c.before === null ? null : JSON.stringify(c.before)),
      }),
      after: t.string({
        nullable: true,
        resolve: (c) => (c.after === null ? null : JSON.stringify(c.after)),
      }),
    }),
  });

const AuditEntryRef = builder.objectRef<AuditEntry>('AuditEntry').implement({
  description: 'A change (or a login, or a reveal of personal information), as written with it.',
  fields: (t) => ({
    id: t.id({ resolve: (e) => encodeGlobalID('AuditEntry', e.id) }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    actorId: t.id({ resolve: (e) => encodeGlobalID('Account', e.actorId) }),
    actorLogin: t.exposeString('actorLogin'),
    actorRole: t.exposeString('actorRole'),
    operation: t.exposeString('operation'),
    recordType: t.exposeString('recordType'),
    recordId: t.id({ resolve: (e) => encodeGlobalID(e.recordType, e.recordId) }),
    changes: t.field({
      type: [FieldChange],
      resolve: (e) =>
        Object.entries(e.changes)
          .map(([field, c]) => ({ field, ...c }))
          .sort((a, b) => a.field.localeCompare(b.field)),
    }),
    requestId: t.exposeString('requestId'),
    clientAddress: t.exposeString('clientAddress', { nullable: true }),
  }),
});

const AuditEntryConnection = builder.connectionObject({
  type: AuditEntryRef,
  name: 'AuditEntryConnection',
});

const AuditFilter = builder.inputType('AuditFilter', {
  fields: (t) => ({
    recordId: t.id({ description: 'Entries about this record (any type).' }),
    actorId: t.id({ description: 'Entries made by this account.' }),
    from: t.field({ type: 'DateTime' }),
    to: t.field({ type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.field({
    type: AuditEntryConnection,
    description:
      '操作日志: the audit trail of your subtree, newest first (ORG_ADMIN and REGION_ADMIN).',
    args: { filter: t.arg({ type: AuditFilter }), ...pagingArgs(t.arg) },
    resolve: async (_root, { filter, ...args }, { session }) =>
      toConnection(
        await listAudit(
          session,
          {
            recordId: filter?.recordId
              ? decodeId(String(filter.recordId), 'filter.recordId').id
              : null,
            actorId: filter?.actorId
              ? idOf(String(filter.actorId), 'Account', 'filter.actorId')
              : null,
            from: filter?.from,
            to: filter?.to,
          },
          args,
        ),
      ),
  }),
}));

const PersonalFieldEnum = builder.enumType('PersonalField', {
  description: 'Fields holding personal information, shown masked.',
  values: {
    SECRETARY_PHONE: { value: 'secretary.phone', description: 'An Organization’s secretary.' },
    GRID_STAFF_PHONE: { value: 'staff.phone', description: 'A GridStaff’s phone.' },
    MEMBER_PHONE: { value: 'member.phone', description: 'A Member’s phone.' },
    RESIDENT_NAME: { value: 'resident.name', description: 'A Request’s resident.' },
    RESIDENT_PHONE: { value: 'resident.phone', description: 'A Request’s resident.' },
  } as const,
});

/** The type of record whose id a field is revealed from. */
const HOLDER: Record<PersonalField, string> = {
  'secretary.phone': 'Organization',
  'staff.phone': 'GridStaff',
  'member.phone': 'Member',
  'resident.name': 'Request',
  'resident.phone': 'Request',
};

builder.mutationField('revealPersonalInformation', (t) =>
  t.string({
    nullable: true,
    description:
      'The clear value of a masked field, for roles granted it; every reveal is in the audit trail.',
    args: {
      id: t.arg.id({
        description:
          'The record holding the field: an Organization, a GridStaff, a Member or a Request id.',
      }),
      organizationId: t.arg.id({
        deprecationReason: 'Use `id`, which takes the record of any field.',
      }),
      field: t.arg({ type: PersonalFieldEnum, required: true }),
    },
    resolve: (_root, args, { session }) => {
      const given = args.id ?? args.organizationId;
      if (!given) throw invalid('id', 'Name the record holding the field.');
      const path = args.id ? 'id' : 'organizationId';
      return revealPersonalInformation(
        session,
        idOf(String(given), HOLDER[args.field], path),
        args.field,
      );
    },
  }),
);
