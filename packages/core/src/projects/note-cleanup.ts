import { BATCH_WRITE_SIZE, batchWrite } from '../db/batch-write.ts';
import type { Db } from '../db/client.ts';
import { queryAll } from '../db/query.ts';
import type { TransactionStep } from '../db/transact.ts';
import { NOTE_SK_PREFIX } from './model.ts';

/**
 * The partition of the projects table that holds one marker per deleted project whose
 * notes are still to be deleted (sort key: the project's id). It carries none of the index
 * keys, so no list reads it.
 */
const PENDING = 'PENDING#note-cleanup';

/**
 * The step of a project's delete transaction that records its notes as still to go: a
 * project may hold more notes than one transaction takes, so they go after it, and if that
 * is interrupted the marker says whose are left.
 */
export const notesToDelete = (db: Db, projectId: string): TransactionStep => ({
  op: { Put: { TableName: db.tables.projects, Item: { id: PENDING, sk: projectId } } },
});

/** Deletes the notes of a deleted project, then its marker. */
export async function deleteNotes(db: Db, projectId: string) {
  const keys: { id: string; sk: string }[] = [];
  for await (const item of queryAll(db, {
    table: 'projects',
    hashValue: projectId,
    range: { beginsWith: NOTE_SK_PREFIX },
  })) {
    keys.push({ id: projectId, sk: item.sk as string });
  }
  for (let i = 0; i < keys.length; i += BATCH_WRITE_SIZE) {
    const batch = keys.slice(i, i + BATCH_WRITE_SIZE);
    await batchWrite(
      db,
      'projects',
      batch.map((Key) => ({ DeleteRequest: { Key } })),
    );
  }
  await batchWrite(db, 'projects', [{ DeleteRequest: { Key: { id: PENDING, sk: projectId } } }]);
}

/**
 * Deletes the notes that deletes of projects left behind when interrupted (the process
 * died between the project and its notes). Every project delete and `npm start` run it; it
 * is one Query of an empty partition when nothing was interrupted.
 */
export async function completePendingNoteDeletes(db: Db) {
  for await (const marker of queryAll(db, { table: 'projects', hashValue: PENDING })) {
    await deleteNotes(db, marker.sk as string);
  }
}
