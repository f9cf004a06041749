import type { RaRecord } from 'ra-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from '../../test/support/stack.ts';
import { exportable } from '../src/common/exportable.ts';
import type { GrassrootsDataProvider } from '../src/dataProvider/index.ts';
import { accountFor, consoleOver, PASSWORD } from './support/console.ts';

// What the export buttons write: the whole list, or nothing when the list holds more than
// one export takes, whether the API counts the list (by parent) or not (a name search).
// Through the console's data provider against the real API, with a limit of a few records.

let stack: TestStack;
let provider: GrassrootsDataProvider;
let township: RaRecord;
const VILLAGES = 7;

beforeAll(async () => {
  stack = await testStack();
  const signedIn = consoleOver(stack);
  await signedIn.tokens.login((await accountFor(stack, 'REGION_ADMIN')).login, PASSWORD);
  provider = signedIn.provider;
  const org = async (data: Record<string, unknown>) =>
    (await provider.create('organizations', { data })).data as RaRecord;
  const city = await org({ name: '通辽市委', type: 'CITY_COMMITTEE', divisionCode: '150500' });
  const county = await org({
    parentId: city.id,
    name: '库伦旗委',
    type: 'COUNTY_COMMITTEE',
    divisionCode: '150524',
  });
  township = await org({
    parentId: county.id,
    name: '六家子镇党委',
    type: 'TOWNSHIP_COMMITTEE',
    divisionCode: '150524',
  });
  for (let i = 1; i <= VILLAGES; i++) {
    await org({
      parentId: township.id,
      name: `第${i}村党支部`,
      type: 'VILLAGE_COMMITTEE',
      divisionCode: '150524',
    });
  }
});

const sort = { field: 'id', order: 'ASC' as const };

describe('an export of the current list', () => {
  it('holds every record when the list fits, also exactly at the limit', async () => {
    for (const limit of [VILLAGES, 100]) {
      const found = await exportable(
        provider,
        'organizations',
        {
          filter: { parentId: township.id },
          sort,
        },
        limit,
      );
      expect(found.whole, `limit ${limit}`).toBe(true);
      if (found.whole) {
        expect(found.records.map((r) => r.name).sort()).toEqual(
          Array.from({ length: VILLAGES }, (_, i) => `第${i + 1}村党支部`).sort(),
        );
      }
    }
  });

  it('holds nothing past the limit, with the count where the API knows it', async () => {
    expect(
      await exportable(provider, 'organizations', { filter: { parentId: township.id }, sort }, 5),
    ).toEqual({ whole: false, total: VILLAGES });
  });

  it('holds nothing past the limit of an uncounted list either', async () => {
    const filter = { q: '村党支部' };
    const page = await provider.getList('organizations', {
      filter,
      sort,
      pagination: { page: 1, perPage: 5 },
    });
    // the premise: the API does not count a name search
    expect(page.total).toBeUndefined();
    expect(await exportable(provider, 'organizations', { filter, sort }, 5)).toEqual({
      whole: false,
      total: null,
    });
    expect((await exportable(provider, 'organizations', { filter, sort }, 8)).whole).toBe(true);
  });
});
