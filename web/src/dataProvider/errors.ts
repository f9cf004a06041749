import { HttpError } from 'ra-core';

/** One error of a GraphQL response, as the API sends it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { path: string; message: string }[] } & Record<
    string,
    unknown
  >;
}

/** The codes the console has its own words for; anything else shows the server's text. */
export const KNOWN_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'HAS_DEPENDENTS',
  'SERVICE_UNAVAILABLE',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'QUERY_TOO_COMPLEX',
  'NETWORK',
] as const;
export type KnownCode = (typeof KNOWN_CODES)[number];

const STATUS: Record<KnownCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  HAS_DEPENDENTS: 409,
  SERVICE_UNAVAILABLE: 503,
  FORBIDDEN: 403,
  // react-admin's own convention for "log in again"; checkError looks at the code, though
  UNAUTHENTICATED: 401,
  QUERY_TOO_COMPLEX: 400,
  NETWORK: 0,
};

/** What the console keeps of a failed request, in `HttpError.body`. */
export interface ApiErrorBody {
  code: string;
  /** The server's own (English) message, shown as detail under the translated text. */
  detail: string;
  /** The error's extensions less `code`, e.g. `currentVersion` or dependent counts. */
  details: Record<string, unknown>;
  /** Field name → message, for react-admin's server-side validation (pessimistic forms). */
  errors?: Record<string, string>;
}

/** The API's code of a failed request (HttpError body), if it has one. */
export const errorCode = (error: unknown): string | undefined =>
  (error as { body?: Partial<ApiErrorBody> } | null)?.body?.code;

export const isKnownCode = (code: string): code is KnownCode =>
  (KNOWN_CODES as readonly string[]).includes(code);

/** i18n key of the console's sentence for an error code. */
export const errorKey = (code: KnownCode) => `grassroots.errors.${code}`;

// Lists of ids and of plain strings have one input in the form, so an error on one element
// (partnerIds.1) belongs on the list as a whole.
const SCALAR_LIST_ELEMENT = /^((?:\w+Ids)|services)\.\d+$/;

/**
 * Maps BAD_USER_INPUT field paths (relative to the mutation's input) to form field names.
 * `rename` covers plain mutation arguments, such as moveOrganization's `newParentId`.
 */
export function fieldErrors(
  fields: { path: string; message: string }[],
  rename: Record<string, string> = {},
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, message } of fields) {
    const name = path
      ? (rename[path] ?? path.replace(SCALAR_LIST_ELEMENT, '$1'))
      : 'root.serverError';
    errors[name] = errors[name] ? `${errors[name]} ${message}` : message;
  }
  return errors;
}

/**
 * Turns the first GraphQL error into the HttpError react-admin expects: the message is an
 * i18n key for codes the console knows (so react-admin's own notifications come out in the
 * user's language), the body keeps the code, the server's text and the field errors.
 */
export function toHttpError(error: GraphQLErrorEntry, rename?: Record<string, string>): HttpError {
  const { code = 'INTERNAL_SERVER_ERROR', fields, ...details } = error.extensions ?? {};
  const body: ApiErrorBody = { code, detail: error.message, details };
  if (code === 'BAD_USER_INPUT' && fields?.length) body.errors = fieldErrors(fields, rename);
  return isKnownCode(code)
    ? new HttpError(errorKey(code), STATUS[code], body)
    : new HttpError(error.message, 500, body);
}

export const networkError = (cause: unknown) =>
  new HttpError(errorKey('NETWORK'), STATUS.NETWORK, {
    code: 'NETWORK',
    detail: cause instanceof Error ? cause.message : String(cause),
    details: {},
  } satisfies ApiErrorBody);

/** NOT_FOUND for a record the API answered with null (node, project). */
export const notFoundError = (detail: string) =>
  new HttpError(errorKey('NOT_FOUND'), STATUS.NOT_FOUND, {
    code: 'NOT_FOUND',
    detail,
    details: {},
  } satisfies ApiErrorBody);
