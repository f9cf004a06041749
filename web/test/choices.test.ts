import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as choices from '../src/common/choices.ts';
import { english } from '../src/i18n/en.ts';
import { chinese } from '../src/i18n/zh.ts';

// The console's enum lists mirror the API's contract (schema.graphql): a value added to or
// dropped from an enum there must show up here, or a form would offer what the API refuses
// (or miss what it holds).

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const valuesOf = (name: string) => {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`schema.graphql has no enum ${name}`);
  return type.getValues().map((v) => v.name);
};
const sorted = (values: readonly string[]) => [...values].sort();

describe('enum choices', () => {
  it.each(Object.entries(choices.ENUMS))('%s holds the values of the API enum', (name, values) => {
    expect(sorted(values)).toEqual(sorted(valuesOf(name)));
    expect(new Set(values).size).toBe(values.length);
  });

  it('names every list of choices.ts in ENUMS, so none escapes the check', () => {
    const lists = Object.values(choices).filter((value) => Array.isArray(value));
    const named = new Set<unknown>(Object.values(choices.ENUMS));
    expect(lists.filter((list) => !named.has(list))).toEqual([]);
  });

  it('has a label for every value in both languages', () => {
    for (const [name, values] of Object.entries(choices.ENUMS)) {
      for (const messages of [chinese, english]) {
        const labels = (messages.enums as Record<string, Record<string, string>>)[name];
        for (const value of values) expect(labels?.[value], `${name}.${value}`).toBeTruthy();
      }
    }
  });
});
