import {
  addProjectNote,
  addProjectPartner,
  createProject,
  deleteProject,
  getOrganization,
  getProject,
  isOverdue,
  listNotes,
  listProjects,
  type Organization,
  PROJECT_TRANSITIONS,
  type ProjectParties,
  type ProjectParty,
  projectParties,
  removeProjectNote,
  removeProjectPartner,
  type Session,
  updateProject,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import { encodeGlobalID, idOf, optionalIdOf } from '../ids.ts';
import { withoutNulls } from '../inputs.ts';
import { OrganizationTypeEnum, ProjectKindEnum, ProjectStatusEnum } from './enums.ts';
import { EvaluationEnum } from './governance-enums.ts';
import {
  OrganizationRef,
  ProjectConnection,
  ProjectNoteConnection,
  ProjectNoteRef,
  ProjectRef,
  pagingArgs,
  toConnection,
} from './refs.ts';

const yuan = (fen: number) => fen / 100;

ProjectNoteRef.implement({
  description: 'A timestamped progress note (进展情况) on a project.',
  fields: (t) => ({
    id: t.id({ resolve: (n) => encodeGlobalID('ProjectNote', `${n.projectId}/${n.id}`) }),
    at: t.field({ type: 'DateTime', resolve: (n) => n.at }),
    text: t.exposeString('text'),
    author: t.exposeString('author', { nullable: true }),
  }),
});

const ProjectPartyRef = builder.objectRef<ProjectParty>('ProjectParty').implement({
  description:
    'An organization taking part in a project, named for every reader of the project, also outside their scope.',
  fields: (t) => ({
    id: t.id({ resolve: (p) => encodeGlobalID('Organization', p.id) }),
    name: t.exposeString('name'),
    type: t.field({ type: OrganizationTypeEnum, resolve: (p) => p.type }),
    inScope: t.exposeBoolean('inScope', {
      description: 'Whether you may read the organization itself (`node`, `organization`).',
    }),
  }),
});

const ProjectPartiesRef = builder.objectRef<ProjectParties>('ProjectParties').implement({
  description: 'Who takes part in a project: the lead, the partners and the organizations served.',
  fields: (t) => ({
    lead: t.field({ type: ProjectPartyRef, nullable: true, resolve: (p) => p.lead }),
    partners: t.field({ type: [ProjectPartyRef], resolve: (p) => p.partners }),
    served: t.field({ type: [ProjectPartyRef], resolve: (p) => p.served }),
  }),
});

builder.node(ProjectRef, {
  description: 'A co-built (联建共建) or secretary-led (领办实事) project.',
  id: { resolve: (p) => p.id },
  // node/nodes see only what the caller may see
  loadMany: (ids, { session }) => Promise.all(ids.map((id) => getProject(session, id))),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'leadPath' in value,
  fields: (t) => ({
    title: t.exposeString('title'),
    kind: t.field({ type: ProjectKindEnum, resolve: (p) => p.kind }),
    status: t.field({ type: ProjectStatusEnum, resolve: (p) => p.status }),
    allowedNextStatuses: t.field({
      type: [ProjectStatusEnum],
      description: 'Statuses the project may move to from here.',
      resolve: (p) => [...PROJECT_TRANSITIONS[p.status]],
    }),
    leadOrganization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'Null when the lead lies outside your scope (you see the project as a partner).',
      resolve: (p, _args, { session }) => getOrganization(session, p.leadOrganizationId),
    }),
    partners: t.field({
      type: [OrganizationRef],
      description: 'Partner organizations (联建单位) in your scope, in the order they joined.',
      resolve: (p, _args, { session }) => visibleOrganizations(session, p.partnerIds),
    }),
    parties: t.field({
      type: ProjectPartiesRef,
      description:
        'Who takes part, by name, those outside your scope too: `leadOrganization`, `partners` and `servedOrganizations` hold only what you may read.',
      resolve: (p, _args, { session }) => projectParties(session, p),
    }),
    servedOrganizations: t.field({
      type: [OrganizationRef],
      description: 'Villages, communities or grids the project serves, in your scope.',
      resolve: (p, _args, { session }) => visibleOrganizations(session, p.servedOrganizationIds),
    }),
    responsibleLeader: t.exposeString('responsibleLeader', {
      nullable: true,
      description: '认领领导.',
    }),
    funds: t.float({
      nullable: true,
      description: 'Funds in yuan (元); null when none are recorded (0 in the figures).',
      resolve: (p) => (p.fundsFen === null ? null : yuan(p.fundsFen)),
    }),
    startDate: t.field({ type: 'Date', nullable: true, resolve: (p) => p.startDate }),
    dueDate: t.field({ type: 'Date', nullable: true, resolve: (p) => p.dueDate }),
    overdue: t.boolean({
      description: 'Past its due date while PROPOSED or IN_PROGRESS (China Standard Time).',
      resolve: (p, _args, { session }) => isOverdue(p, chinaDate(session.now())),
    }),
    beneficiaryHouseholds: t.exposeInt('beneficiaryHouseholds'),
    commitment: t.exposeString('commitment', {
      nullable: true,
      description: 'Public commitment (公开承诺).',
    }),
    description: t.exposeString('description', { nullable: true }),
    evaluation: t.field({
      type: EvaluationEnum,
      nullable: true,
      description: "The residents' evaluation (群众评议) of what the project delivered.",
      resolve: (p) => p.evaluation,
    }),
    evaluationComment: t.exposeString('evaluationComment', { nullable: true }),
    evaluatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.evaluatedAt }),
    notes: t.field({
      type: ProjectNoteConnection,
      description: 'Progress notes, oldest first.',
      args: pagingArgs(t.arg),
      resolve: async (p, args, { session }) => toConnection(await listNotes(session, p.id, args)),
    }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (p) => p.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (p) => p.updatedAt }),
  }),
});

/** Today's date in China (UTC+8), where due dates are meant. */
const chinaDate = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

const ProjectFilter = builder.inputType('ProjectFilter', {
  fields: (t) => ({
    leadOrganizationId: t.id(),
    partnerOrganizationId: t.id(),
    under: t.id({ description: 'Projects led by this organization or anything below it.' }),
    kind: t.field({ type: ProjectKindEnum }),
    status: t.field({ type: ProjectStatusEnum }),
    titleContains: t.string(),
  }),
});

builder.queryFields((t) => ({
  project: t.field({
    type: ProjectRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { session }) => getProject(session, idOf(String(id), 'Project', 'id')),
  }),
  projects: t.field({
    type: ProjectConnection,
    description:
      "Projects you may see: those your subtree leads, by the lead's path, then those it only takes part in as a partner. With `under` or `leadOrganizationId`: only what they lead.",
    args: { filter: t.arg({ type: ProjectFilter }), ...pagingArgs(t.arg) },
    resolve: async (_root, { filter, ...args }, { session }) =>
      toConnection(
        await listProjects(
          session,
          {
            leadOrganizationId: optionalIdOf(
              filter?.leadOrganizationId?.toString(),
              'Organization',
              'filter.leadOrganizationId',
            ),
            partnerOrganizationId: optionalIdOf(
              filter?.partnerOrganizationId?.toString(),
              'Organization',
              'filter.partnerOrganizationId',
            ),
            under: optionalIdOf(filter?.under?.toString(), 'Organization', 'filter.under'),
            kind: filter?.kind,
            status: filter?.status,
            titleContains: filter?.titleContains,
          },
          args,
        ),
      ),
  }),
}));

const orgIds = (ids: readonly (string | number)[] | null | undefined, path: string) =>
  ids?.map((id, i) => idOf(String(id), 'Organization', `${path}.${i}`));

const CreateProjectInput = builder.inputType('CreateProjectInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    kind: t.field({ type: ProjectKindEnum, required: true }),
    leadOrganizationId: t.id({ required: true }),
    partnerIds: t.idList({ description: 'Partner organizations; up to 20 with the served ones.' }),
    servedOrganizationIds: t.idList(),
    responsibleLeader: t.string(),
    funds: t.float({ description: 'Yuan (元), up to two decimals; left out when not known.' }),
    startDate: t.field({ type: 'Date' }),
    dueDate: t.field({ type: 'Date' }),
    status: t.field({
      type: ProjectStatusEnum,
      description: 'Default PROPOSED; past projects may be entered in any status.',
    }),
    beneficiaryHouseholds: t.int(),
    commitment: t.string(),
    description: t.string(),
    evaluation: t.field({
      type: EvaluationEnum,
      description: 'Only for a COMPLETED or ACCEPTED project.',
    }),
    evaluationComment: t.string(),
  }),
});

const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
  description:
    'Only the fields given change; null clears the optional text, dates and funds. Partners change through addProjectPartner/removeProjectPartner.',
  fields: (t) => ({
    title: t.string(),
    kind: t.field({ type: ProjectKindEnum }),
    leadOrganizationId: t.id(),
    servedOrganizationIds: t.idList({
      description:
        'Replaces the served organizations in your scope; those outside it stay (see `parties.served`).',
    }),
    responsibleLeader: t.string(),
    funds: t.float({ description: 'null: no funds recorded.' }),
    startDate: t.field({ type: 'Date' }),
    dueDate: t.field({ type: 'Date' }),
    status: t.field({ type: ProjectStatusEnum, description: 'Along allowedNextStatuses only.' }),
    beneficiaryHouseholds: t.int(),
    commitment: t.string(),
    description: t.string(),
    evaluation: t.field({
      type: EvaluationEnum,
      description:
        "The residents' evaluation (群众评议), once the project is COMPLETED or ACCEPTED; null clears it.",
    }),
    evaluationComment: t.string(),
  }),
});

const projectId = (id: string | number) => idOf(String(id), 'Project', 'id');

builder.mutationFields((t) => ({
  createProject: t.field({
    type: ProjectRef,
    args: { input: t.arg({ type: CreateProjectInput, required: true }) },
    resolve: (_root, { input }, { session }) =>
      createProject(session, {
        ...withoutNulls(input),
        leadOrganizationId: idOf(
          String(input.leadOrganizationId),
          'Organization',
          'leadOrganizationId',
        ),
        partnerIds: orgIds(input.partnerIds, 'partnerIds'),
        servedOrganizationIds: orgIds(input.servedOrganizationIds, 'servedOrganizationIds'),
      }),
  }),
  updateProject: t.field({
    type: ProjectRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: UpdateProjectInput, required: true }),
    },
    resolve: (_root, { id, version, input }, { session }) =>
      updateProject(session, projectId(id), version, {
        ...input,
        leadOrganizationId: optionalIdOf(
          input.leadOrganizationId?.toString(),
          'Organization',
          'leadOrganizationId',
        ),
        servedOrganizationIds: orgIds(input.servedOrganizationIds, 'servedOrganizationIds'),
      }),
  }),
  deleteProject: t.field({
    type: ProjectRef,
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, { session }) =>
      deleteProject(session, projectId(id), version),
  }),
  addProjectPartner: t.field({
    type: ProjectRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      organizationId: t.arg.id({ required: true }),
    },
    resolve: (_root, { id, version, organizationId }, { session }) =>
      addProjectPartner(
        session,
        projectId(id),
        version,
        idOf(String(organizationId), 'Organization', 'organizationId'),
      ),
  }),
  removeProjectPartner: t.field({
    type: ProjectRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      organizationId: t.arg.id({ required: true }),
    },
    resolve: (_root, { id, version, organizationId }, { session }) =>
      removeProjectPartner(
        session,
        projectId(id),
        version,
        idOf(String(organizationId), 'Organization', 'organizationId'),
      ),
  }),
  addProjectNote: t.field({
    type: ProjectRef,
    description: 'Appends a progress note; needs no version (notes never overwrite each other).',
    args: { projectId: t.arg.id({ required: true }), text: t.arg.string({ required: true }) },
    resolve: async (_root, args, { session }) =>
      (
        await addProjectNote(
          session,
          idOf(String(args.projectId), 'Project', 'projectId'),
          args.text,
        )
      ).project,
  }),
  removeProjectNote: t.field({
    type: ProjectRef,
    args: { noteId: t.arg.id({ required: true }) },
    resolve: (_root, { noteId }, { session }) => {
      const [project, note] = idOf(String(noteId), 'ProjectNote', 'noteId').split('/');
      return removeProjectNote(session, project as string, note as string);
    },
  }),
}));

/** The organizations of a list the caller may see, in order. */
async function visibleOrganizations(session: Session, ids: string[]) {
  const found = await Promise.all(ids.map((id) => getOrganization(session, id)));
  return found.filter((o): o is Organization => o !== null);
}
