import { chinaDate, monthsBetween } from '@grassroots/core';
import { type DemoLoadResult, loadDemo } from '@grassroots/local/demo';
import { beforeAll, describe, expect, it } from 'vitest';
import { rollupDifferences } from '../support/recount.ts';
import { type TestStack, testStack } from '../support/stack.ts';
import { gid } from './fixture.ts';
import { trueFigures } from './truth.ts';

let stack: TestStack;
let demo: DemoLoadResult;

beforeAll(async () => {
  stack = await testStack();
  demo = await loadDemo(stack.session());
});

const FIGURES = `grids { total households staff partyStaff partyStaffShare villages communities coveredVillages coveredCommunities coverage }
  members { registered reported commitments commitmentsFulfilled }
  requests { received open resolved closed escalated overdue evaluated satisfied satisfactionRate
    timeToResolve { resolved medianHours medianFromHours medianToHours }
    trend(months: 12) { month received resolved } }`;

describe('the figures the API reports', () => {
  it('equal the true figures of the loaded region, for every subtree and the whole stack', async () => {
    const today = chinaDate(new Date());
    const thisMonth = today.slice(0, 7);
    const [y, m] = thisMonth.split('-').map(Number) as [number, number];
    const months = monthsBetween(
      new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 7),
      thisMonth,
    );
    const subtrees = [
      null,
      ...[
        'chifeng',
        'tongliao',
        'alxa',
        'wuhai',
        'hure',
        'liujiazi',
        'jiujiazi',
        'wuda',
        'linhuang',
      ].map((key) => demo.created.find((o) => o.id === demo.keys.get(key)) ?? null),
    ];
    for (const root of subtrees) {
      const data = root
        ? (
            await stack.ok(`query($id: ID!) { organization(id: $id) { stats { ${FIGURES} } } }`, {
              id: gid('Organization', root.id),
            })
          ).organization.stats
        : (await stack.ok(`{ regionStats { ${FIGURES} } }`)).regionStats;
      const truth = trueFigures(root, demo.created, demo.governance, today, months);
      const { medianHours, ...reported } = truth;
      const { medianHours: estimate, ...timeToResolve } = data.requests.timeToResolve;
      expect(
        { ...data, requests: { ...data.requests, timeToResolve } },
        root?.name ?? 'ALL',
      ).toEqual(reported);
      // the median lies in the bucket named, and so does the estimate
      if (medianHours !== null) {
        const { medianFromHours: from, medianToHours: to } = timeToResolve;
        for (const h of [medianHours, estimate]) {
          expect(h).toBeGreaterThanOrEqual(from);
          if (to !== null) expect(h).toBeLessThanOrEqual(to);
        }
      }
    }
    expect(await rollupDifferences(stack.db)).toEqual([]);
  });
});
