import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema.ts';

export const schemaFile = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));

/** The schema as SDL, sorted so that moving code around never changes the file. */
export const schemaSDL = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
