import { TREE } from '../db/tables.ts';
import type { GeoPoint } from '../service-centers/model.ts';
import { type Evaluation, isOpenStatus, type RequestSource, type RequestStatus } from './types.ts';

/** Sort keys inside a request's item collection. */
export const REQUEST_SK = 'REQUEST';
export const EVENT_SK_PREFIX = 'EVENT#';
/** Event ids are ULIDs, so the timeline sorts by time; the first event shares the request's id. */
export const eventSk = (eventId: string) => `${EVENT_SK_PREFIX}${eventId}`;

/** Who raised a request: personal information, stored in clear and shown masked. */
export interface ResidentContact {
  name: string;
  phone: string | null;
}

/** A resident's request (民情诉求), from where it arose to where it is handled now. */
export interface Request {
  id: string;
  title: string;
  category: string;
  description: string;
  source: RequestSource;
  /** The organization that received it; its subtree may read the request for good. */
  originOrganizationId: string;
  /** That organization's path, copied so subtree queries need no join. */
  originPath: string;
  /** The level that holds it now: the origin or one of its ancestors (after escalation). */
  handlingOrganizationId: string;
  gridId: string | null;
  address: string | null;
  location: GeoPoint | null;
  resident: ResidentContact | null;
  /** 认领领导 and 责任部门. */
  responsibleLeader: string | null;
  department: string | null;
  /** 完成时限, a date in China. */
  deadline: string | null;
  /** Shown to the public (公开承诺, 接受群众评议) without personal information. */
  disclosed: boolean;
  status: RequestStatus;
  /** How many times it went up a level. */
  escalations: number;
  resolvedAt: string | null;
  closedAt: string | null;
  evaluation: Evaluation | null;
  evaluationComment: string | null;
  version: number;
  /** When it was received. */
  createdAt: string;
  updatedAt: string;
}

/** One step of a request's timeline: who moved it from which status to which, and why. */
export interface RequestEvent {
  id: string;
  requestId: string;
  at: string;
  from: RequestStatus | null;
  to: RequestStatus;
  /** The level that acted. */
  organizationId: string;
  /** For an escalation: the level it went up to. */
  toOrganizationId: string | null;
  /** Login of the account that acted (null for the system). */
  actor: string | null;
  note: string | null;
  reason: string | null;
  evaluation: Evaluation | null;
}

type Item = Record<string, unknown>;

const OPTIONAL = [
  'gridId',
  'address',
  'location',
  'resident',
  'responsibleLeader',
  'department',
  'deadline',
  'resolvedAt',
  'closedAt',
  'evaluation',
  'evaluationComment',
] as const;

/** The index markers of a request: open ones and disclosed ones sit in sparse indexes. */
export const indexMarkers = (r: Pick<Request, 'status' | 'disclosed'>) => ({
  openTree: isOpenStatus(r.status) ? TREE : null,
  publicTree: r.disclosed ? TREE : null,
});

export function requestToItem(request: Request): Item {
  const item: Item = { ...request, sk: REQUEST_SK, tree: TREE, ...indexMarkers(request) };
  for (const key of [...OPTIONAL, 'openTree', 'publicTree'])
    if (item[key] === null) delete item[key];
  return item;
}

export function requestFromItem(item: Item): Request {
  const optional = <T>(key: (typeof OPTIONAL)[number]) => (item[key] as T | undefined) ?? null;
  return {
    id: item.id as string,
    title: item.title as string,
    category: item.category as string,
    description: item.description as string,
    source: item.source as RequestSource,
    originOrganizationId: item.originOrganizationId as string,
    originPath: item.originPath as string,
    handlingOrganizationId: item.handlingOrganizationId as string,
    gridId: optional('gridId'),
    address: optional('address'),
    location: optional('location'),
    resident: optional('resident'),
    responsibleLeader: optional('responsibleLeader'),
    department: optional('department'),
    deadline: optional('deadline'),
    disclosed: Boolean(item.disclosed),
    status: item.status as RequestStatus,
    escalations: Number(item.escalations ?? 0),
    resolvedAt: optional('resolvedAt'),
    closedAt: optional('closedAt'),
    evaluation: optional('evaluation'),
    evaluationComment: optional('evaluationComment'),
    version: item.version as number,
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
  };
}

export function eventToItem(event: RequestEvent): Item {
  const { id, requestId, ...rest } = event;
  const item: Item = { id: requestId, sk: eventSk(id), eventId: id, ...rest };
  for (const [key, value] of Object.entries(item)) if (value === null) delete item[key];
  return item;
}

export const eventFromItem = (item: Item): RequestEvent => ({
  id: item.eventId as string,
  requestId: item.id as string,
  at: item.at as string,
  from: (item.from as RequestStatus | undefined) ?? null,
  to: item.to as RequestStatus,
  organizationId: item.organizationId as string,
  toOrganizationId: (item.toOrganizationId as string | undefined) ?? null,
  actor: (item.actor as string | undefined) ?? null,
  note: (item.note as string | undefined) ?? null,
  reason: (item.reason as string | undefined) ?? null,
  evaluation: (item.evaluation as Evaluation | undefined) ?? null,
});
