import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Answers an operation that runs past the deadline with TIMEOUT instead of holding the
 * connection; the DynamoDB calls in flight end by their own timeouts.
 */
export function useDeadline(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  new GraphQLError(
                    `The request took longer than ${ms / 1000} s and was stopped; try a smaller one.`,
                    {
                      extensions: { code: 'TIMEOUT' },
                    },
                  ),
                ],
              }),
            ms,
          );
        });
        try {
          return (await Promise.race([executeFn(args), late])) as Awaited<
            ReturnType<typeof executeFn>
          >;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
