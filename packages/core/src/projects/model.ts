import { TREE } from '../db/tables.ts';
import type { Evaluation } from '../requests/types.ts';
import type { ProjectKind, ProjectStatus } from './types.ts';

/** Sort keys inside a project's item collection. */
export const PROJECT_SK = 'PROJECT';
export const partnerSk = (organizationId: string) => `PARTNER#${organizationId}`;
export const PARTNER_SK_PREFIX = 'PARTNER#';
export const NOTE_SK_PREFIX = 'NOTE#';
/** Note ids are ULIDs, so notes sort by time within the project. */
export const noteSk = (noteId: string) => `${NOTE_SK_PREFIX}${noteId}`;

export interface Project {
  id: string;
  title: string;
  kind: ProjectKind;
  leadOrganizationId: string;
  /** The lead organization's path, copied so subtree queries need no join. */
  leadPath: string;
  partnerIds: string[];
  /** Villages, communities or grids the project serves. */
  servedOrganizationIds: string[];
  responsibleLeader: string | null;
  /** The funds in fen (分); null when none are recorded, which counts as 0 in the figures. */
  fundsFen: number | null;
  startDate: string | null;
  dueDate: string | null;
  status: ProjectStatus;
  beneficiaryHouseholds: number;
  /** The public commitment (公开承诺) residents may evaluate. */
  commitment: string | null;
  description: string | null;
  /** The residents' evaluation (群众评议), once the project is completed. */
  evaluation: Evaluation | null;
  evaluationComment: string | null;
  /** When the evaluation was last recorded. */
  evaluatedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectNote {
  id: string;
  projectId: string;
  at: string;
  text: string;
  author: string | null;
}

type Item = Record<string, unknown>;

const OPTIONAL = [
  'responsibleLeader',
  'fundsFen',
  'startDate',
  'dueDate',
  'commitment',
  'description',
  'evaluation',
  'evaluationComment',
  'evaluatedAt',
] as const;

export function projectToItem(project: Project): Item {
  const item: Item = { ...project, sk: PROJECT_SK, tree: TREE };
  for (const key of OPTIONAL) if (item[key] === null) delete item[key];
  return item;
}

/**
 * The item that makes an organization a partner of a project: found by partner (byPartner)
 * and, through the partner's path, by subtree (byPartnerPath), for the projects a subtree
 * takes part in without leading them.
 */
export const partnerItem = (projectId: string, partner: { id: string; path: string }): Item => ({
  id: projectId,
  sk: partnerSk(partner.id),
  partnerId: partner.id,
  tree: TREE,
  partnerPath: partner.path,
});

export function projectFromItem(item: Item): Project {
  const optional = (key: Exclude<(typeof OPTIONAL)[number], 'fundsFen'>) =>
    (item[key] as string | undefined) ?? null;
  return {
    id: item.id as string,
    title: item.title as string,
    kind: item.kind as ProjectKind,
    leadOrganizationId: item.leadOrganizationId as string,
    leadPath: item.leadPath as string,
    partnerIds: (item.partnerIds as string[] | undefined) ?? [],
    servedOrganizationIds: (item.servedOrganizationIds as string[] | undefined) ?? [],
    responsibleLeader: optional('responsibleLeader'),
    // items written before funds could be left out hold 0 for none
    fundsFen: (item.fundsFen as number | undefined) ?? null,
    startDate: optional('startDate'),
    dueDate: optional('dueDate'),
    status: item.status as ProjectStatus,
    beneficiaryHouseholds: (item.beneficiaryHouseholds as number | undefined) ?? 0,
    commitment: optional('commitment'),
    description: optional('description'),
    evaluation: optional('evaluation') as Evaluation | null,
    evaluationComment: optional('evaluationComment'),
    evaluatedAt: optional('evaluatedAt'),
    version: item.version as number,
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
  };
}

export const noteFromItem = (item: Item): ProjectNote => ({
  id: item.noteId as string,
  projectId: item.id as string,
  at: item.at as string,
  text: item.text as string,
  author: (item.author as string | undefined) ?? null,
});
