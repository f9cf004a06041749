import { invalid } from '@grassroots/core';
import { encodeGlobalID } from '@pothos/plugin-relay';

export { encodeGlobalID };

// ULIDs (a note: project/note), and the two actors that are not accounts of the table
const ID_SHAPE = /^([0-9A-HJKMNP-TV-Z]{26}(\/[0-9A-HJKMNP-TV-Z]{26})?|system|anonymous)$/;

/**
 * Decodes a Relay global id (base64 of `Type:id`), refusing anything malformed with
 * BAD_USER_INPUT at `path`.
 */
export function decodeId(globalID: string, path: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalID, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon < 1 || !ID_SHAPE.test(id) || Buffer.from(decoded).toString('base64') !== globalID) {
    throw invalid(path, 'Not an id this API issued; take ids from the `id` field of a record.');
  }
  return { typename, id };
}

/** Decodes a global id that must name a record of `typename`. */
export function idOf(globalID: string, typename: string, path: string): string {
  const decoded = decodeId(globalID, path);
  if (decoded.typename !== typename) {
    throw invalid(path, `Expected the id of a ${typename}, got the id of a ${decoded.typename}.`);
  }
  return decoded.id;
}

/** Same as idOf for optional filter values. */
export const optionalIdOf = (
  globalID: string | null | undefined,
  typename: string,
  path: string,
) => (globalID ? idOf(globalID, typename, path) : undefined);
