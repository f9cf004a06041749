import { pathIds } from '../organizations/path.ts';
import { isOpenStatus, type RequestStatus } from './types.ts';

/** The last millisecond the order key has digits for (in the year 2286). */
const LAST_MS = 9_999_999_999_999;

/**
 * The sort key of a request in the indexes that group a subtree by origin (byPath,
 * byPublic): its origin's path, so a subtree is one `begins_with`, then `!` and the time
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
 * The attribute holding the id of a request's depth-`depth` organization on its origin's
 * path (the origin itself or an ancestor), and its twin present only while the request is
 * open: the partition keys of `newestUnder<depth>` and `newestOpenUnder<depth>`.
 */
export const underAttribute = (depth: number, open: boolean) =>
  `${open ? 'openUnder' : 'under'}${depth}`;

/** The index partitioned by `underAttribute(depth, open)`, sorted by time. */
export const newestUnderIndex = (depth: number, open: boolean) =>
  `newest${open ? 'Open' : ''}Under${depth}`;

/** Every attribute `requestOrderKeys` may set, for removing those a new path lacks. */
export const REQUEST_ORDER_ATTRIBUTES = [
  'originOrder',
  ...NEWEST_FIRST_DEPTHS.flatMap((d) => [underAttribute(d, false), underAttribute(d, true)]),
];

/** The order keys a request's origin path, time and openness give it. */
export function requestOrderKeys(r: {
  originPath: string;
  createdAt: string;
  open: boolean;
}): Record<string, string> {
  const ids = pathIds(r.originPath);
  const keys: Record<string, string> = { originOrder: originOrder(r.originPath, r.createdAt) };
  for (const depth of NEWEST_FIRST_DEPTHS) {
    const id = ids[depth];
    if (!id) break;
    keys[underAttribute(depth, false)] = id;
    if (r.open) keys[underAttribute(depth, true)] = id;
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
  });
  return Object.fromEntries(REQUEST_ORDER_ATTRIBUTES.map((name) => [name, keys[name] ?? null]));
}
