/**
 * Every limit the endpoint enforces, in one place. A dashboard or list page of the console
 * stays well inside them; an abusive query does not.
 */
export const LIMITS = {
  /** Nesting of selections (organization > children > edges > node > … counts each level). */
  maxDepth: 12,
  /** Aliases in one operation (alias bombs). */
  maxAliases: 15,
  /** Lexical tokens in one document (huge documents). */
  maxTokens: 3_000,
  /** Directives in one operation. */
  maxDirectives: 20,
  /** graphql-armor's estimated cost (objects 2, scalars 1, deeper levels cost more). */
  maxCost: 20_000,
  /** Request body in bytes. */
  maxBodyBytes: 100_000,
  /** Whole-request deadline in milliseconds (a Lambda function has its own, longer). */
  requestTimeoutMs: 10_000,
  /** Records a page (also enforced by the core). */
  maxPageSize: 100,
} as const;
