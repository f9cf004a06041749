import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';

/** Root fields anyone may call: logging in and renewing a session. */
const PUBLIC_FIELDS = new Set(['login', 'refreshToken', '__typename']);
/** Root fields a PUBLIC token (a public disclosure page) may call: the disclosed requests only. */
const DISCLOSURE_FIELDS = new Set(['publicRequests', '__typename']);
const INTROSPECTION = new Set(['__schema', '__type']);

/**
 * Refuses every operation of a caller without valid credentials, except logging in, and
 * every operation of a PUBLIC token but reading disclosed requests. The core would show
 * such callers nothing anyway; this says why, with UNAUTHENTICATED or FORBIDDEN.
 */
export function useRequireLogin({ introspection }: { introspection: boolean }): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      const { kind } = context.session.actor;
      if (kind !== 'ANONYMOUS' && kind !== 'PUBLIC') return;
      const operation = getOperationAST(args.document, args.operationName);
      const fields =
        operation?.selectionSet.selections.flatMap((s) =>
          s.kind === 'Field' ? [s.name.value] : ['…'],
        ) ?? [];
      const open = kind === 'PUBLIC' ? DISCLOSURE_FIELDS : PUBLIC_FIELDS;
      const allowed = (name: string) =>
        open.has(name) || (introspection && INTROSPECTION.has(name));
      if (fields.every(allowed)) return;
      setResultAndStopExecution({
        errors: [
          kind === 'PUBLIC'
            ? new GraphQLError('A public token reads `publicRequests` and nothing else.', {
                extensions: { code: 'FORBIDDEN' },
              })
            : new GraphQLError(
                context.authError ?? 'Log in first: send `Authorization: Bearer <access token>`.',
                { extensions: { code: 'UNAUTHENTICATED' } },
              ),
        ],
      });
    },
  };
}
