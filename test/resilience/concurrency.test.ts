import { describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.ts';
import { testStack } from '../support/stack.ts';

describe('concurrent writes', () => {
  it('lets exactly one of 100 updates with the same version win; the rest get CONFLICT', async () => {
    const stack = await testStack();
    const city = await createOrg(stack, {
      name: '乌海市委',
      type: 'CITY_COMMITTEE',
      divisionCode: '150300',
    });
    const update = `mutation($id: ID!, $n: Int!) { updateOrganization(id: $id, version: 1, input: { memberCount: $n }) { memberCount version } }`;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, n) => stack.gql(update, { id: city.id, n: n + 1 })),
    );
    const winners = results.filter((r) => r.data?.updateOrganization);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(99);
    expect(new Set(losers.map((r) => r.errors?.[0]?.extensions?.code))).toEqual(
      new Set(['CONFLICT']),
    );
    const stored = await stack.ok(
      `query($id: ID!) { organization(id: $id) { memberCount version } }`,
      { id: city.id },
    );
    expect(stored.organization).toEqual(winners[0]?.data?.updateOrganization);
    expect(stored.organization.version).toBe(2);
  });
});
