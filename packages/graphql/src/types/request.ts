import {
  chinaDate,
  createRequest,
  deleteRequest,
  EVALUATION_LABELS,
  getGrid,
  getOrganization,
  getRequest,
  isRequestOverdue,
  listRequests,
  maskName,
  maskPersonalNumber,
  nextStatuses,
  REQUEST_SOURCE_LABELS,
  REQUEST_STATUS_LABELS,
  type RequestEvent,
  timelinePage,
  transitionRequest,
  updateRequest,
  viewerCanAct,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import { encodeGlobalID, idOf, optionalIdOf } from '../ids.ts';
import { withoutNulls } from '../inputs.ts';
import { EvaluationEnum, RequestSourceEnum, RequestStatusEnum } from './governance-enums.ts';
import {
  GridRef,
  OrganizationRef,
  pagingArgs,
  RequestConnection,
  RequestRef,
  toConnection,
} from './refs.ts';
import { GeoPoint, GeoPointInput } from './service-center.ts';

/** An organization's name, whatever the caller's scope: the levels a request passed through are part of its story. */
export const organizationName = async (
  session: Parameters<typeof getOrganization>[0],
  id: string | null,
) => (id ? ((await session.loaders.organizations.load(id))?.name ?? null) : null);

const Resident = builder
  .objectRef<{ name: string; phone: string | null }>('ResidentContact')
  .implement({
    description:
      'Who raised a request: personal information, masked (张*, 138****5678); administrators reveal it with revealPersonalInformation.',
    fields: (t) => ({
      name: t.string({ resolve: (r) => maskName(r.name) }),
      phone: t.string({
        nullable: true,
        resolve: (r) => (r.phone ? maskPersonalNumber(r.phone) : null),
      }),
    }),
  });

const RequestEventRef = builder.objectRef<RequestEvent>('RequestEvent').implement({
  description: 'One step of a request’s timeline.',
  fields: (t) => ({
    id: t.id({ resolve: (e) => encodeGlobalID('RequestEvent', `${e.requestId}/${e.id}`) }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    from: t.field({ type: RequestStatusEnum, nullable: true, resolve: (e) => e.from }),
    to: t.field({ type: RequestStatusEnum, resolve: (e) => e.to }),
    toLabel: t.string({ resolve: (e) => REQUEST_STATUS_LABELS[e.to] }),
    organizationName: t.string({
      description: 'The level that acted.',
      resolve: async (e, _args, { session }) =>
        (await organizationName(session, e.organizationId)) ?? '',
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The level that acted, if in your scope.',
      resolve: (e, _args, { session }) => getOrganization(session, e.organizationId),
    }),
    toOrganizationName: t.string({
      nullable: true,
      description: 'For an escalation: the level it went up to.',
      resolve: (e, _args, { session }) => organizationName(session, e.toOrganizationId),
    }),
    actor: t.exposeString('actor', { nullable: true, description: 'Login of who acted.' }),
    note: t.exposeString('note', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why it was escalated.' }),
    evaluation: t.field({ type: EvaluationEnum, nullable: true, resolve: (e) => e.evaluation }),
  }),
});

const RequestEventConnection = builder.connectionObject({
  type: RequestEventRef,
  name: 'RequestEventConnection',
});

builder.node(RequestRef, {
  description:
    'A resident’s request (民情诉求, 三问清单): solved at the lowest level that can, escalated when it cannot, every step on its timeline.',
  id: { resolve: (r) => r.id },
  // node/nodes see only what the caller may see
  loadMany: (ids, { session }) => Promise.all(ids.map((id) => getRequest(session, id))),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'originPath' in value,
  fields: (t) => ({
    title: t.exposeString('title'),
    category: t.exposeString('category', { description: 'e.g. 农业生产, 基础设施.' }),
    description: t.exposeString('description'),
    source: t.field({ type: RequestSourceEnum, resolve: (r) => r.source }),
    sourceLabel: t.string({ resolve: (r) => REQUEST_SOURCE_LABELS[r.source] }),
    status: t.field({ type: RequestStatusEnum, resolve: (r) => r.status }),
    statusLabel: t.string({ resolve: (r) => REQUEST_STATUS_LABELS[r.status] }),
    allowedTransitions: t.field({
      type: [RequestStatusEnum],
      description:
        'Where its status may go next (ESCALATED only below the top level, ASSIGNED only from a level whose type may hold organizations), whoever asks.',
      resolve: (r, _args, { session }) => nextStatuses(session, r),
    }),
    viewerCanAct: t.boolean({
      description:
        'Whether you may act on it now: your role writes and your subtree holds the level handling it.',
      resolve: (r, _args, { session }) => viewerCanAct(session, r),
    }),
    originOrganization: t.field({
      type: OrganizationRef,
      nullable: true,
      description:
        'The organization that received it; null when it lies outside your scope (its origin moved away from the level holding it).',
      resolve: (r, _args, { session }) => getOrganization(session, r.originOrganizationId),
    }),
    originOrganizationName: t.string({
      resolve: async (r, _args, { session }) =>
        (await organizationName(session, r.originOrganizationId)) ?? '',
    }),
    handlingOrganization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The level holding it now; null when that lies above your scope.',
      resolve: (r, _args, { session }) => getOrganization(session, r.handlingOrganizationId),
    }),
    handlingOrganizationName: t.string({
      resolve: async (r, _args, { session }) =>
        (await organizationName(session, r.handlingOrganizationId)) ?? '',
    }),
    escalations: t.exposeInt('escalations', { description: 'Times it went up a level.' }),
    grid: t.field({
      type: GridRef,
      nullable: true,
      resolve: (r, _args, { session }) => (r.gridId ? getGrid(session, r.gridId) : null),
    }),
    address: t.exposeString('address', { nullable: true }),
    location: t.field({ type: GeoPoint, nullable: true, resolve: (r) => r.location }),
    resident: t.field({ type: Resident, nullable: true, resolve: (r) => r.resident }),
    responsibleLeader: t.exposeString('responsibleLeader', {
      nullable: true,
      description: '认领领导.',
    }),
    department: t.exposeString('department', { nullable: true, description: '责任部门.' }),
    deadline: t.field({
      type: 'Date',
      nullable: true,
      description: '完成时限.',
      resolve: (r) => r.deadline,
    }),
    overdue: t.boolean({
      description: 'Past its deadline (China Standard Time) and not yet resolved.',
      resolve: (r, _args, { session }) => isRequestOverdue(r, chinaDate(session.now())),
    }),
    disclosed: t.exposeBoolean('disclosed', {
      description: 'Shown in publicRequests (公开承诺), without personal information.',
    }),
    receivedAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.resolvedAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.closedAt }),
    evaluation: t.field({ type: EvaluationEnum, nullable: true, resolve: (r) => r.evaluation }),
    evaluationLabel: t.string({
      nullable: true,
      resolve: (r) => (r.evaluation ? EVALUATION_LABELS[r.evaluation] : null),
    }),
    evaluationComment: t.exposeString('evaluationComment', { nullable: true }),
    timeline: t.field({
      type: RequestEventConnection,
      description: 'Every step, oldest first.',
      args: pagingArgs(t.arg),
      resolve: (r, args) => toConnection(timelinePage(r, args)),
    }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (r) => r.updatedAt }),
  }),
});

const RequestFilter = builder.inputType('RequestFilter', {
  fields: (t) => ({
    under: t.id({ description: 'Requests that arose in this subtree (default: your scope).' }),
    handlingOrganizationId: t.id({ description: 'Requests this level holds now (its inbox).' }),
    gridId: t.id(),
    status: t.field({ type: RequestStatusEnum }),
    source: t.field({ type: RequestSourceEnum }),
    category: t.string({
      description: 'Requests whose category contains this text (e.g. 基础设施); no totalCount.',
    }),
    open: t.boolean({ description: 'true: not yet resolved; false: resolved or closed.' }),
    overdue: t.boolean({ description: 'true: open and past the deadline.' }),
  }),
});

builder.queryFields((t) => ({
  request: t.field({
    type: RequestRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { session }) => getRequest(session, idOf(String(id), 'Request', 'id')),
  }),
  requests: t.field({
    type: RequestConnection,
    description:
      "Requests that arose in your subtree (or `under`), newest first across the whole subtree; below a village or community (a branch and its groups) by origin in depth-first order, each origin's newest first. An inbox (`handlingOrganizationId`) or a grid newest first.",
    args: { filter: t.arg({ type: RequestFilter }), ...pagingArgs(t.arg) },
    resolve: async (_root, { filter, ...args }, { session }) =>
      toConnection(
        await listRequests(
          session,
          {
            under: optionalIdOf(filter?.under?.toString(), 'Organization', 'filter.under'),
            handlingOrganizationId: optionalIdOf(
              filter?.handlingOrganizationId?.toString(),
              'Organization',
              'filter.handlingOrganizationId',
            ),
            gridId: optionalIdOf(filter?.gridId?.toString(), 'Grid', 'filter.gridId'),
            status: filter?.status,
            source: filter?.source,
            category: filter?.category?.trim() || null,
            open: filter?.open,
            overdue: filter?.overdue,
          },
          args,
        ),
      ),
  }),
}));

const ResidentInput = builder.inputType('ResidentContactInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    phone: t.string({ description: 'Mobile or landline.' }),
  }),
});

const CreateRequestInput = builder.inputType('CreateRequestInput', {
  fields: (t) => ({
    organizationId: t.id({
      required: true,
      description:
        'The organization receiving it: where it arose and the first level to handle it.',
    }),
    title: t.string({ required: true }),
    category: t.string({ required: true }),
    description: t.string({ required: true }),
    source: t.field({ type: RequestSourceEnum, required: true }),
    gridId: t.id({
      description:
        'A grid of the receiving organization (or below it). Left out, a location inside exactly one drawn grid there chooses it.',
    }),
    address: t.string(),
    location: t.field({ type: GeoPointInput, description: 'Where the matter arose.' }),
    resident: t.field({ type: ResidentInput }),
    responsibleLeader: t.string(),
    department: t.string(),
    deadline: t.field({ type: 'Date' }),
    disclosed: t.boolean({ description: 'Default false.' }),
  }),
});

const UpdateRequestInput = builder.inputType('UpdateRequestInput', {
  description:
    'Only the fields given change; null clears the optional ones. The lifecycle changes through transitionRequest. Sending back the masked resident keeps the stored contact.',
  fields: (t) => ({
    title: t.string(),
    category: t.string(),
    description: t.string(),
    source: t.field({ type: RequestSourceEnum }),
    gridId: t.id({
      description:
        'Left out for a request without a grid, a new location inside exactly one drawn grid chooses it.',
    }),
    address: t.string(),
    location: t.field({ type: GeoPointInput }),
    resident: t.field({ type: ResidentInput }),
    responsibleLeader: t.string(),
    department: t.string(),
    deadline: t.field({ type: 'Date' }),
    disclosed: t.boolean(),
  }),
});

const TransitionInput = builder.inputType('RequestTransitionInput', {
  fields: (t) => ({
    to: t.field({
      type: RequestStatusEnum,
      required: true,
      description: 'One of allowedTransitions.',
    }),
    note: t.string({ description: 'What was done (进展情况); on RESOLVED, how it was solved.' }),
    reason: t.string({ description: 'Required to escalate: why this level cannot solve it.' }),
    toOrganizationId: t.id({
      description:
        'Required to hand it down (ASSIGNED): an organization below the level holding it, a department or a lower level (交办单位).',
    }),
    evaluation: t.field({ type: EvaluationEnum, description: 'Required to close.' }),
    evaluationComment: t.string(),
  }),
});

const requestId = (id: string | number) => idOf(String(id), 'Request', 'id');

builder.mutationFields((t) => ({
  createRequest: t.field({
    type: RequestRef,
    args: { input: t.arg({ type: CreateRequestInput, required: true }) },
    resolve: (_root, { input }, { session }) =>
      createRequest(session, {
        ...withoutNulls(input),
        organizationId: idOf(String(input.organizationId), 'Organization', 'organizationId'),
        gridId: optionalIdOf(input.gridId?.toString(), 'Grid', 'gridId'),
        resident: input.resident ?? undefined,
      }),
  }),
  updateRequest: t.field({
    type: RequestRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: UpdateRequestInput, required: true }),
    },
    resolve: (_root, { id, version, input }, { session }) =>
      updateRequest(session, requestId(id), version, {
        ...input,
        gridId:
          input.gridId === null ? null : optionalIdOf(input.gridId?.toString(), 'Grid', 'gridId'),
      }),
  }),
  transitionRequest: t.field({
    type: RequestRef,
    description:
      'Moves a request one step (BAD_USER_INPUT names the allowed ones); only a writer whose subtree holds its current level may. ESCALATED hands it to that level’s parent, ASSIGNED to the organization below it named by `toOrganizationId`.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: TransitionInput, required: true }),
    },
    resolve: (_root, { id, version, input }, { session }) =>
      transitionRequest(session, requestId(id), version, {
        ...input,
        toOrganizationId: optionalIdOf(
          input.toOrganizationId?.toString(),
          'Organization',
          'toOrganizationId',
        ),
      }),
  }),
  deleteRequest: t.field({
    type: RequestRef,
    description:
      'Deletes a request recorded by mistake: RECEIVED ones only (the rest stay on record).',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, { session }) =>
      deleteRequest(session, requestId(id), version),
  }),
}));
