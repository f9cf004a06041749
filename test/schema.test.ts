import { readFileSync } from 'node:fs';
import { schemaFile, schemaSDL } from '@grassroots/graphql';
import { expect, it } from 'vitest';

it('matches the committed schema.graphql (run `npm run schema` after changing the API)', () => {
  expect(readFileSync(schemaFile, 'utf8')).toBe(schemaSDL());
});
