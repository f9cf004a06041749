import { TREE } from '../db/tables.ts';
import { depthOf } from './path.ts';
import type { HonourLevel, OrganizationType } from './types.ts';

export interface Person {
  name: string;
  /** Personal information: shown masked to those without need (see the security issue). */
  phone: string | null;
}

export interface Honour {
  title: string;
  level: HonourLevel;
  year: number;
}

export interface Organization {
  id: string;
  name: string;
  type: OrganizationType;
  parentId: string | null;
  path: string;
  depth: number;
  divisionCode: string;
  secretary: Person | null;
  memberCount: number;
  standardized: boolean;
  starRating: number | null;
  honours: Honour[];
  oneShoulder: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

type Item = Record<string, unknown>;

/** Key attributes may not be null in DynamoDB, so a root simply has no parentId. */
export function organizationToItem(org: Organization): Item {
  const { parentId, secretary, starRating, depth: _depth, ...rest } = org;
  return {
    ...rest,
    tree: TREE,
    ...(parentId ? { parentId } : {}),
    ...(secretary ? { secretary } : {}),
    ...(starRating !== null ? { starRating } : {}),
  };
}

export function organizationFromItem(item: Item): Organization {
  const path = item.path as string;
  return {
    id: item.id as string,
    name: item.name as string,
    type: item.type as OrganizationType,
    parentId: (item.parentId as string | undefined) ?? null,
    path,
    depth: depthOf(path),
    divisionCode: item.divisionCode as string,
    secretary: (item.secretary as Person | undefined) ?? null,
    memberCount: (item.memberCount as number | undefined) ?? 0,
    standardized: Boolean(item.standardized),
    starRating: (item.starRating as number | undefined) ?? null,
    honours: (item.honours as Honour[] | undefined) ?? [],
    oneShoulder: Boolean(item.oneShoulder),
    version: item.version as number,
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
  };
}
