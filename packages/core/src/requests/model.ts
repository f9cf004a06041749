import { TREE } from '../db/tables.ts';
import type { GeoPoint } from '../service-centers/model.ts';
import { requestOrderKeys } from './order.ts';
import { type Evaluation, isOpenStatus, type RequestSource, type RequestStatus } from './types.ts';

/** The sort key of a request's item (its timeline lives inside it). */
export const REQUEST_SK = 'REQUEST';

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
  /**
   * Every step, oldest first: kept in the request's own item, so a step is written by the
   * same conditional update that changes the status, and read with the request.
   */
  timeline: RequestEvent[];
  version: number;
  /** When it was received. */
  createdAt: string;
  updatedAt: string;
}

/**
 * One step of a request's timeline: who moved it from which status to which, and why. Ids
 * are ULIDs of the step's time; the first step shares the request's id.
 */
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
  const item: Item = {
    ...request,
    sk: REQUEST_SK,
    tree: TREE,
    ...indexMarkers(request),
    ...requestOrderKeys({ ...request, open: isOpenStatus(request.status) }),
    timeline: request.timeline.map(storedEvent),
  };
  for (const key of [...OPTIONAL, 'openTree', 'publicTree'])
    if (item[key] === null) delete item[key];
  return item;
}

/** An event as stored in its request: without the request's id and without empty fields. */
function storedEvent(event: RequestEvent): Item {
  const { requestId: _request, ...rest } = event;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null));
}

const eventFromStored = (requestId: string, stored: Item): RequestEvent => ({
  id: stored.id as string,
  requestId,
  at: stored.at as string,
  from: (stored.from as RequestStatus | undefined) ?? null,
  to: stored.to as RequestStatus,
  organizationId: stored.organizationId as string,
  toOrganizationId: (stored.toOrganizationId as string | undefined) ?? null,
  actor: (stored.actor as string | undefined) ?? null,
  note: (stored.note as string | undefined) ?? null,
  reason: (stored.reason as string | undefined) ?? null,
  evaluation: (stored.evaluation as Evaluation | undefined) ?? null,
});

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
    timeline: ((item.timeline as Item[] | undefined) ?? []).map((e) =>
      eventFromStored(item.id as string, e),
    ),
    version: item.version as number,
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
  };
}
