import { TREE } from '../db/tables.ts';
import type { CommitmentStatus } from './types.ts';

/** A commitment a member makes at the grid (履责践诺). */
export interface Commitment {
  id: string;
  text: string;
  dueDate: string | null;
  status: CommitmentStatus;
  updatedAt: string;
}

/**
 * A party member (党员) of an organization, and where the member reports in (双报到): the
 * grid of the place they live, with a post and its duties (设岗定责) and commitments.
 */
export interface Member {
  id: string;
  name: string;
  /** Personal information: stored in clear, shown masked. */
  phone: string | null;
  organizationId: string;
  /** The organization's path, copied so subtree queries need no join. */
  organizationPath: string;
  gridId: string | null;
  /** The grid's organization path, copied likewise (present while reported). */
  gridPath: string | null;
  reportedAt: string | null;
  /** 岗位, e.g. 红色楼栋长. */
  post: string | null;
  duties: string | null;
  commitments: Commitment[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

type Item = Record<string, unknown>;

const OPTIONAL = ['phone', 'gridId', 'gridPath', 'reportedAt', 'post', 'duties'] as const;

export function memberToItem(member: Member): Item {
  const item: Item = { ...member, tree: TREE };
  for (const key of OPTIONAL) if (item[key] === null) delete item[key];
  return item;
}

export function memberFromItem(item: Item): Member {
  const optional = (key: (typeof OPTIONAL)[number]) => (item[key] as string | undefined) ?? null;
  return {
    id: item.id as string,
    name: item.name as string,
    phone: optional('phone'),
    organizationId: item.organizationId as string,
    organizationPath: item.organizationPath as string,
    gridId: optional('gridId'),
    gridPath: optional('gridPath'),
    reportedAt: optional('reportedAt'),
    post: optional('post'),
    duties: optional('duties'),
    commitments: ((item.commitments as Commitment[] | undefined) ?? []).map((c) => ({
      ...c,
      dueDate: c.dueDate ?? null,
    })),
    version: item.version as number,
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
  };
}
