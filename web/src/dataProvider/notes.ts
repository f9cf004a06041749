import type { RaRecord } from 'ra-core';
import type { GraphQLRequest } from './client.ts';
import { notFoundError } from './errors.ts';
import type { Connection, FetchConnection } from './paging.ts';

// Progress notes are not Nodes: they are read through their project, oldest first.

interface NoteNode {
  id: string;
  at: string;
  author: string | null;
  text: string;
}

const NOTE = 'id at author text';

export const toNote = (projectId: string, node: NoteNode): RaRecord => ({ ...node, projectId });

export function noteConnection(
  request: GraphQLRequest,
  projectId: string,
): FetchConnection<NoteNode> {
  return async (first, after, cursorsOnly) => {
    const data = await request<{ project: { notes: Connection<NoteNode> } | null }>(
      `query Notes($id: ID!, $first: Int, $after: String) {
  project(id: $id) {
    notes(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor ${cursorsOnly ? '' : `node { ${NOTE} }`} }
    }
  }
}`,
      { id: projectId, first, after },
    );
    if (!data.project) throw notFoundError(`Project ${projectId} does not exist.`);
    return data.project.notes;
  };
}

/** Appends a note and returns it: the newest note is the last one of the project's list. */
export async function addNote(request: GraphQLRequest, projectId: string, text: string) {
  await request(
    `mutation AddNote($projectId: ID!, $text: String!) { addProjectNote(projectId: $projectId, text: $text) { id } }`,
    { projectId, text },
  );
  const notes = noteConnection(request, projectId);
  let after: string | null = null;
  let last: NoteNode | undefined;
  for (;;) {
    const page: Connection<NoteNode> = await notes(100, after, false);
    last = page.edges.at(-1)?.node ?? last;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  if (!last) throw notFoundError(`Project ${projectId} does not exist.`);
  return toNote(projectId, last);
}

export async function removeNote(request: GraphQLRequest, note: RaRecord) {
  await request(`mutation RemoveNote($noteId: ID!) { removeProjectNote(noteId: $noteId) { id } }`, {
    noteId: note.id,
  });
  return note;
}
