import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';

/** Root fields anyone may call: logging in and renewing a session. */
const PUBLIC_FIELDS = new Set(['login', 'refreshToken', '__typename']);
const INTROSPECTION = new Set(['__schema', '__type']);

/**
 * Refuses every operation of a caller without valid credentials, except logging in. The
 * core would show such a caller nothing anyway; this says why, with UNAUTHENTICATED.
 */
export function useRequireLogin({ introspection }: { introspection: boolean }): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      if (context.session.actor.kind !== 'ANONYMOUS') return;
      const operation = getOperationAST(args.document, args.operationName);
      const fields =
        operation?.selectionSet.selections.flatMap((s) =>
          s.kind === 'Field' ? [s.name.value] : ['…'],
        ) ?? [];
      const allowed = (name: string) =>
        PUBLIC_FIELDS.has(name) || (introspection && INTROSPECTION.has(name));
      if (fields.every(allowed)) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            context.authError ?? 'Log in first: send `Authorization: Bearer <access token>`.',
            {
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ),
        ],
      });
    },
  };
}
