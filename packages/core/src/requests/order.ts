import { pathIds } from '../organizations/path.ts';
import { isOpenStatus, type RequestStatus } from './types.ts';

/** The last millisecond the order key has digits for (in the year 2286). */
const LAST_MS = 9_999_999_999_999;

/**
 * The sort key of a request in the index that groups a subtree by origin (byPath): its
 * origin's path, so a subtree is one `begins_with`, then `!` and the time
 * left until LAST_MS. Each origin's requests thus come newest first, and before those of the
 * organizations below it, since `!` sorts before the ids of a path.
 */
export const originOrder = (originPath: string, createdAt: string) =>
  `${originPath}!${String(LAST_MS - Date.parse(createdAt)).padStart(13, '0')}`;

/**
 * The depths (0: a root) whose organizations list the requests of their subtree newest first
 * through indexes of their own: banners and districts down to villages and communities. A
 * root's subtree is the whole stack (one region), read from the stack's own newest-first
 * index; a deeper subtree (a branch and its groups) holds a few origins and is read by origin.
 */
export const NEWEST_FIRST_DEPTHS = [1, 2, 3] as const;

/**
 * The requests a newest-first index holds: all of them, those not yet resolved, or those
 * disclosed to the public. The last two are sparse: only such requests carry their keys.
 */
export type RequestSet = 'all' | 'open' | 'public';

const SET_PREFIX: Record<RequestSet, string> = { all: '', open: 'Open', public: 'Public' };

/**
 * The attribute holding the id of a request's depth-`depth` organization on its origin's
 * path (the origin itself or an ancestor), present on the requests of `set`: the partition
 * key of `newest<Set>Under<depth>` (under1, openUnder1, publicUnder1, ...).
 */
export const underAttribute = (depth: number, set: RequestSet) =>
  set === 'all' ? `under${depth}` : `${set}Under${depth}`;

/** The index partitioned by `underAttribute(depth, set)`, sorted by time. */
export const newestUnderIndex = (depth: number, set: RequestSet) =>
  `newest${SET_PREFIX[set]}Under${depth}`;

/** The whole stack's newest-first index of `set`, partitioned by `TREE`. */
export const newestIndex = (set: RequestSet) => `newest${SET_PREFIX[set]}`;

const SETS: readonly RequestSet[] = ['all', 'open', 'public'];

/** Every attribute `requestOrderKeys` may set, for removing those a new path lacks. */
export const REQUEST_ORDER_ATTRIBUTES = [
  'originOrder',
  ...NEWEST_FIRST_DEPTHS.flatMap((d) => SETS.map((set) => underAttribute(d, set))),
];

/** The order keys a request's origin path, time, openness and disclosure give it. */
export function requestOrderKeys(r: {
  originPath: string;
  createdAt: string;
  open: boolean;
  disclosed: boolean;
}): Record<string, string> {
  const ids = pathIds(r.originPath);
  const keys: Record<string, string> = { originOrder: originOrder(r.originPath, r.createdAt) };
  const sets = SETS.filter((set) => set === 'all' || (set === 'open' ? r.open : r.disclosed));
  for (const depth of NEWEST_FIRST_DEPTHS) {
    const id = ids[depth];
    if (!id) break;
    for (const set of sets) keys[underAttribute(depth, set)] = id;
  }
  return keys;
}

/**
 * The order keys of a stored request item whose origin path becomes `path` (a move): every
 * key the new path gives, and null for those it no longer has.
 */
export function requestOrderUpdate(
  item: Record<string, unknown>,
  path: string,
): Record<string, string | null> {
  const keys = requestOrderKeys({
    originPath: path,
    createdAt: item.createdAt as string,
    open: isOpenStatus(item.status as RequestStatus),
    disclosed: Boolean(item.disclosed),
  });
  return Object.fromEntries(REQUEST_ORDER_ATTRIBUTES.map((name) => [name, keys[name] ?? null]));
}
