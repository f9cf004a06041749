/** The last millisecond the order key has digits for (in the year 2286). */
const LAST_MS = 9_999_999_999_999;

/**
 * The sort key of a request in the subtree indexes (byPath, byStatus, byOpen, byPublic): its
 * origin's path, so a subtree is one `begins_with`, then `!` and the time left until
 * LAST_MS. Each origin's requests thus come newest first, and before those of the
 * organizations below it, since `!` sorts before the ids of a path.
 */
export const originOrder = (originPath: string, createdAt: string) =>
  `${originPath}!${String(LAST_MS - Date.parse(createdAt)).padStart(13, '0')}`;
