import { readFileSync } from 'node:fs';
import { loadDemo } from '@grassroots/local/demo';
import { FULL_SCALE, fullScaleOrganizations } from '@grassroots/local/demo/full-scale';
import type { DemoOrganization } from '@grassroots/local/demo/model';
import { DEMO_ORGANIZATIONS } from '@grassroots/local/demo/regions';
import { beforeAll, describe, expect, it } from 'vitest';
import { rollupDifferences } from './support/recount.ts';
import { type TestStack, testStack } from './support/stack.ts';

let stack: TestStack;
let keys: Map<string, string>;
const gid = (key: string) => Buffer.from(`Organization:${keys.get(key)}`).toString('base64');

beforeAll(async () => {
  stack = await testStack();
  keys = (await loadDemo(stack.session())).keys;
});

const stats = async (key: string) =>
  (
    await stack.ok(
      `query($id: ID!) { organization(id: $id) { name stats { organizations organizationsByType { type count } serviceCenters { total open centers stations buildRate } projects { total funds } } } }`,
      { id: gid(key) },
    )
  ).organization;

const byType = (
  s: { stats: { organizationsByType: { type: string; count: number }[] } },
  type: string,
) => s.stats.organizationsByType.find((t) => t.type === type)?.count;

describe('demo data from the articles', () => {
  it('holds the four regions with their named organizations', async () => {
    const roots = await stack.ok(
      `{ organizations(filter: { type: CITY_COMMITTEE }) { edges { node { name divisionCode } } } }`,
    );
    expect(
      roots.organizations.edges
        .map((e: any) => e.node)
        .sort((a: any, b: any) => a.divisionCode.localeCompare(b.divisionCode)),
    ).toEqual([
      { name: '中共乌海市委员会', divisionCode: '150300' },
      { name: '中共赤峰市委员会', divisionCode: '150400' },
      { name: '中共通辽市委员会', divisionCode: '150500' },
      { name: '中共阿拉善盟委员会', divisionCode: '152900' },
    ]);
    const niujia = await stack.ok(
      `query($id: ID!) { organization(id: $id) { name secretary { name } oneShoulder honours { title level year } ancestors { name } } }`,
      {
        id: gid('niujiayingzi'),
      },
    );
    expect(niujia.organization).toEqual({
      name: '牛家营子村党总支',
      secretary: { name: '徐福东' },
      oneShoulder: true,
      honours: [{ title: '最强党支部', level: 'COUNTY', year: 2021 }],
      ancestors: [
        { name: '中共赤峰市委员会' },
        { name: '中共喀喇沁旗委员会' },
        { name: '牛家营子镇党委' },
      ],
    });
  });

  it('reproduces the figures the reports give', async () => {
    // 乌达区: 成立网格党支部70个
    expect(byType(await stats('wuda'), 'GRID_BRANCH')).toBe(70);
    // 乌海: 党群服务中心建成率达90%
    expect((await stats('wuhai')).stats.serviceCenters.buildRate).toBe(0.9);
    // 滨河街道党工委以所辖5个党群服务中心为基础
    expect((await stats('binhe')).stats.serviceCenters).toMatchObject({ total: 5, centers: 5 });
    // 九家子村: 90余户农户, 2000亩耕地, 18万元项目资金, via 旗信访局 and 旗农电局
    const project = await stack.ok(
      `query($id: ID!) { projects(filter: { partnerOrganizationId: $id }) { edges { node { title funds beneficiaryHouseholds status leadOrganization { name } partners { name } servedOrganizations { name } notes { edges { node { text } } } } } } }`,
      {
        id: gid('hure-power'),
      },
    );
    expect(project.projects.edges).toHaveLength(1);
    expect(project.projects.edges[0].node).toMatchObject({
      title: '九家子村2000亩耕地通电项目',
      funds: 180_000,
      beneficiaryHouseholds: 90,
      leadOrganization: { name: '六家子镇党委' },
      partners: [{ name: '库伦旗信访局党支部' }, { name: '库伦旗农电局党支部' }],
      servedOrganizations: [{ name: '九家子村党组织' }],
    });
    expect(project.projects.edges[0].node.notes.edges).toHaveLength(4);
    // 牛家营子村: 累计引进资金5.6亿元
    expect((await stats('niujiayingzi')).stats.projects).toEqual({ total: 1, funds: 560_000_000 });
    expect(await rollupDifferences(stack.db)).toEqual([]);
  });
});

describe('README', () => {
  it('shows example queries that work against the demo data', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.split('## Example queries')[1]?.split('\n## ')[0] ?? '';
    const queries = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(queries).toHaveLength(3);
    const [regions, near, projects] = await Promise.all(queries.map((q) => stack.ok(q)));
    expect(regions?.organizations.edges).toHaveLength(4);
    expect(near?.serviceCenters.edges.map((e: any) => e.node.organization.name)).toContain(
      '滨河街道党工委',
    );
    expect(projects?.projects.edges[0].node.partners.length).toBeGreaterThan(0);
  });
});

describe('full-scale demo data', () => {
  const tally = (nodes: DemoOrganization[], pick: (n: DemoOrganization) => number): number =>
    nodes.reduce((sum, n) => sum + pick(n) + tally(n.children ?? [], pick), 0);

  it('brings Chifeng and Wuhai to the articles’ counts', () => {
    const full = fullScaleOrganizations(DEMO_ORGANIZATIONS);
    const chifeng = full.filter((r) => r.key === 'chifeng');
    const wuhai = full.filter((r) => r.key === 'wuhai');
    const ofType = (roots: DemoOrganization[], type: string) =>
      tally(roots, (n) => (n.type === type ? 1 : 0));
    const centers = (roots: DemoOrganization[], kind: string) =>
      tally(roots, (n) => (n.centers ?? []).filter((c) => c.kind === kind).length);
    expect(ofType(chifeng, 'TOWNSHIP_COMMITTEE')).toBe(FULL_SCALE.chifeng.townships);
    expect(ofType(chifeng, 'VILLAGE_COMMITTEE')).toBe(2059);
    expect(ofType(chifeng, 'COMMUNITY_COMMITTEE')).toBe(331);
    expect(centers(chifeng, 'CENTER')).toBe(2610);
    expect(centers(chifeng, 'STATION')).toBe(466);
    expect(ofType(wuhai, 'AGENCY')).toBe(530);
    expect(ofType(wuhai, 'ENTERPRISE')).toBe(245);
    expect(ofType(wuhai, 'SOCIAL_ORGANIZATION')).toBe(44);
  });
});
