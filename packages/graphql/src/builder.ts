import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.ts';
import { decodeId } from './ids.ts';

/** The schema builder; types live in `types/`, one module each, and add themselves to it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: string; Output: string };
    Date: { Input: string; Output: string };
  };
  Connection: {
    /** Known from the rollup counters when the filter allows it; never counted by scanning. */
    totalCount: () => Promise<number | null>;
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin],
  // fields are non-null unless they say otherwise
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // malformed ids answer BAD_USER_INPUT rather than an internal error
    decodeGlobalID: (globalID) => decodeId(globalID, 'id'),
  },
});

builder.queryType({});
builder.mutationType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    nullable: true,
    description:
      'How many records the list holds, when the rollup counters know it (null for filters only a scan could count).',
    resolve: (parent) => parent.totalCount(),
  }),
);
