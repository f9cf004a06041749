import {
  chinaDate,
  isRequestOverdue,
  listPublicRequests,
  type PublicRequest,
  type PublicStep,
  REQUEST_STATUS_LABELS,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import { encodeGlobalID, optionalIdOf } from '../ids.ts';
import { EvaluationEnum, RequestSourceEnum, RequestStatusEnum } from './governance-enums.ts';
import { pagingArgs, toConnection } from './refs.ts';
import { organizationName } from './request.ts';

const PublicStepRef = builder.objectRef<PublicStep>('PublicRequestStep').implement({
  description: 'One step of a disclosed request: status, when, at which level.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (s) => s.at }),
    status: t.field({ type: RequestStatusEnum, resolve: (s) => s.to }),
    statusLabel: t.string({ resolve: (s) => REQUEST_STATUS_LABELS[s.to] }),
    organizationName: t.string({
      resolve: async (s, _args, { session }) =>
        (await organizationName(session, s.organizationId)) ?? '',
    }),
    toOrganizationName: t.string({
      nullable: true,
      resolve: (s, _args, { session }) => organizationName(session, s.toOrganizationId),
    }),
  }),
});

const PublicRequestRef = builder.objectRef<PublicRequest>('PublicRequest').implement({
  description:
    'A disclosed request as the public sees it (公开承诺, 接受群众评议): no resident, place, grid, or staff notes.',
  fields: (t) => ({
    id: t.id({ resolve: (r) => encodeGlobalID('PublicRequest', r.id) }),
    title: t.exposeString('title'),
    category: t.exposeString('category'),
    description: t.exposeString('description'),
    source: t.field({ type: RequestSourceEnum, resolve: (r) => r.source }),
    status: t.field({ type: RequestStatusEnum, resolve: (r) => r.status }),
    statusLabel: t.string({ resolve: (r) => REQUEST_STATUS_LABELS[r.status] }),
    originOrganizationName: t.string({
      resolve: async (r, _args, { session }) =>
        (await organizationName(session, r.originOrganizationId)) ?? '',
    }),
    handlingOrganizationName: t.string({
      resolve: async (r, _args, { session }) =>
        (await organizationName(session, r.handlingOrganizationId)) ?? '',
    }),
    responsibleLeader: t.exposeString('responsibleLeader', { nullable: true }),
    department: t.exposeString('department', { nullable: true }),
    deadline: t.field({ type: 'Date', nullable: true, resolve: (r) => r.deadline }),
    overdue: t.boolean({
      description: 'Past its deadline (China Standard Time) and not yet resolved.',
      resolve: (r, _args, { session }) => isRequestOverdue(r, chinaDate(session.now())),
    }),
    escalations: t.exposeInt('escalations'),
    receivedAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.resolvedAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.closedAt }),
    evaluation: t.field({ type: EvaluationEnum, nullable: true, resolve: (r) => r.evaluation }),
    progress: t.field({
      type: [PublicStepRef],
      description: 'Every step it went through, oldest first.',
      resolve: (r) => r.progress,
    }),
  }),
});

const PublicRequestConnection = builder.connectionObject({
  type: PublicRequestRef,
  name: 'PublicRequestConnection',
});

builder.queryField('publicRequests', (t) =>
  t.field({
    type: PublicRequestConnection,
    description:
      'Disclosed requests that arose in a subtree (default: your scope), without personal information, newest first. The only field a PUBLIC token may read.',
    args: { under: t.arg.id(), ...pagingArgs(t.arg) },
    resolve: async (_root, { under, ...args }, { session }) =>
      toConnection(
        await listPublicRequests(
          session,
          optionalIdOf(under?.toString(), 'Organization', 'under'),
          args,
        ),
      ),
  }),
);
