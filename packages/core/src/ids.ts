import { ulid } from 'ulid';

/** Record ids are ULIDs: unique without coordination, and sorted by creation time. */
export const newId = (): string => ulid();
