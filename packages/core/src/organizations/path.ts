/**
 * Materialized paths: `/rootId/…/parentId/id/`. A subtree is every path that begins with
 * the subtree root's path; the trailing slash keeps `/ab/` from matching `/abc/`.
 */
export const ROOT_PATH = '/';

export const childPath = (parentPath: string, id: string) => `${parentPath}${id}/`;

/** Ids on the path, root first, the organization itself last. */
export const pathIds = (path: string): string[] => path.split('/').filter(Boolean);

/** Ids of the ancestors, root first, without the organization itself. */
export const ancestorIds = (path: string): string[] => pathIds(path).slice(0, -1);

/** Root is depth 0. */
export const depthOf = (path: string) => pathIds(path).length - 1;
