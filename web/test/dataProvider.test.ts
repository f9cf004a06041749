import type { RaRecord } from 'ra-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from '../../test/support/stack.ts';
import { createDataProvider, type GrassrootsDataProvider } from '../src/dataProvider/index.ts';
import { accountFor, consoleOver, failure, PASSWORD, type Sent } from './support/console.ts';

// The data provider against the real API (yoga.fetch over DynamoDB Local), signed in as a
// region administrator: every request it sends is recorded, so the tests can also assert
// the GraphQL it chose.

let stack: TestStack;
let provider: GrassrootsDataProvider;
let sent: Sent[];

const org = async (data: Record<string, unknown>) =>
  (await provider.create('organizations', { data })).data as RaRecord;

let city: RaRecord;
let county: RaRecord;
let township: RaRecord;
let village: RaRecord;

beforeAll(async () => {
  stack = await testStack();
  const signedIn = consoleOver(stack);
  await signedIn.tokens.login((await accountFor(stack, 'REGION_ADMIN')).login, PASSWORD);
  provider = signedIn.provider;
  // the requests from here on; `sent.length = 0` starts a test's own record
  sent = signedIn.sent;
  sent.length = 0;
  city = await org({ name: '中共赤峰市委员会', type: 'CITY_COMMITTEE', divisionCode: '150400' });
  county = await org({
    parentId: city.id,
    name: '喀喇沁旗委',
    type: 'COUNTY_COMMITTEE',
    divisionCode: '150428',
  });
  township = await org({
    parentId: county.id,
    name: '牛家营子镇党委',
    type: 'TOWNSHIP_COMMITTEE',
    divisionCode: '150428',
    // blank optional inputs are left out rather than sent as ''
    secretary: { name: '', phone: '' },
  });
  village = await org({
    parentId: township.id,
    name: '牛家营子村党总支',
    type: 'VILLAGE_COMMITTEE',
    divisionCode: '150428',
    secretary: { name: '李书记', phone: '13812345678' },
    starRating: 8,
  });
});

describe('records', () => {
  it('creates with the input the form gave, without blank fields', () => {
    const createTownship = sent.find((s) => s.variables.input?.name === '牛家营子镇党委');
    expect(createTownship?.query).toContain('createOrganization(input: $input)');
    expect(createTownship?.variables.input).toEqual({
      parentId: county.id,
      name: '牛家营子镇党委',
      type: 'TOWNSHIP_COMMITTEE',
      divisionCode: '150428',
    });
    expect(village).toMatchObject({
      parentId: township.id,
      depth: 3,
      version: 1,
      // personal information comes back masked
      secretary: { name: '李书记', phone: '138****5678' },
      allowedChildTypes: ['GRID_BRANCH', 'ENTERPRISE', 'SOCIAL_ORGANIZATION', 'BRANCH'],
    });
  });

  it('gets one record by its global id with ancestors and child count', async () => {
    const { data } = await provider.getOne('organizations', { id: township.id });
    expect(data).toMatchObject({ id: township.id, name: '牛家营子镇党委', childCount: 1 });
    expect(data.ancestors.map((a: RaRecord) => a.name)).toEqual(['中共赤峰市委员会', '喀喇沁旗委']);
    expect(sent.at(-1)?.query).toMatch(/node\(id: \$id\) \{ \.\.\. on Organization/);
  });

  it('gets many with one nodes() request, skipping ids that do not exist', async () => {
    await provider.delete('organizations', { id: village.id, previousData: village });
    sent.length = 0;
    const { data } = await provider.getMany('organizations', {
      ids: [county.id, village.id, city.id],
    });
    expect(data.map((r) => r.name)).toEqual(['喀喇沁旗委', '中共赤峰市委员会']);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.query).toContain('nodes(ids: $ids)');
    const error = await failure(provider.getOne('organizations', { id: village.id }));
    expect(error.status).toBe(404);
    village = await org({
      parentId: township.id,
      name: '牛家营子村党总支',
      type: 'VILLAGE_COMMITTEE',
      divisionCode: '150428',
    });
  });

  it('updates only the fields that changed, with the version it read', async () => {
    sent.length = 0;
    const { data } = await provider.update('organizations', {
      id: county.id,
      data: { ...county, name: '中共喀喇沁旗委员会', memberCount: 120, secretary: null },
      previousData: county,
    });
    expect(sent[0]?.variables).toEqual({
      id: county.id,
      version: 1,
      input: { name: '中共喀喇沁旗委员会', memberCount: 120 },
    });
    expect(data).toMatchObject({ name: '中共喀喇沁旗委员会', memberCount: 120, version: 2 });
    county = data;
  });

  it('gets a reference list (children of a parent)', async () => {
    const { data, total } = await provider.getManyReference('organizations', {
      target: 'parentId',
      id: township.id,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(total).toBe(1);
    expect(data.map((r) => r.name)).toEqual(['牛家营子村党总支']);
    expect(sent.at(-1)?.variables.filter).toEqual({ parentId: township.id });
  });

  it('moves an organization under another parent', async () => {
    const other = await org({
      parentId: county.id,
      name: '锦山镇党委',
      type: 'TOWNSHIP_COMMITTEE',
      divisionCode: '150428',
    });
    const moved = await provider.moveOrganization(village.id, village.version, other.id);
    expect(moved).toMatchObject({ parentId: other.id, version: village.version + 1 });
    village = moved;
  });
});

describe('pagination', () => {
  let names: string[];
  beforeAll(async () => {
    names = Array.from({ length: 23 }, (_, i) => `第${String(i + 1).padStart(2, '0')}网格党支部`);
    for (const name of names) {
      await org({ parentId: village.id, name, type: 'GRID_BRANCH', divisionCode: '150428' });
    }
  });
  const page = (n: number, perPage = 5, filter: Record<string, unknown> = {}) =>
    provider.getList('organizations', {
      pagination: { page: n, perPage },
      sort: { field: 'id', order: 'ASC' },
      filter: { parentId: village.id, ...filter },
    });

  it('jumps to a page by walking cursors only, then reuses the cursors it learned', async () => {
    sent.length = 0;
    const fourth = await page(4);
    expect(fourth.total).toBe(23);
    expect(fourth.data.map((r) => r.name)).toEqual(names.slice(15, 20));
    // one cursors-only request skipping 15 records, then the page itself
    expect(sent).toHaveLength(2);
    expect(sent[0]?.variables).toMatchObject({ first: 15, after: null });
    expect(sent[0]?.query).not.toContain('node {');
    expect(sent[1]?.variables.first).toBe(5);
    expect(sent[1]?.query).toContain('...OrganizationFields');

    sent.length = 0;
    const second = await page(2);
    expect(second.data.map((r) => r.name)).toEqual(names.slice(5, 10));
    expect(sent).toHaveLength(1); // the start of page 2 was learned on the walk
    const fifth = await page(5);
    expect(fifth.data.map((r) => r.name)).toEqual(names.slice(20));
    expect(sent).toHaveLength(2); // page 4 left the start of page 5 behind
  });

  it('answers an empty page past the end', async () => {
    const beyond = await page(9);
    expect(beyond.data).toEqual([]);
    expect(beyond.total).toBe(23);
  });

  it('fetches a large page (CSV export) in requests of at most 100', async () => {
    sent.length = 0;
    const all = await provider.getList('organizations', {
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'id', order: 'ASC' },
      filter: { under: city.id },
    });
    expect(all.data).toHaveLength(4 + 1 + 23); // the tree, 锦山镇 and the grids
    expect(sent.every((s) => s.variables.first <= 100)).toBe(true);
  });

  it('gives pageInfo instead of a total when the API cannot count, until the last page', async () => {
    const found = await page(1, 5, { parentId: undefined, under: village.id, q: '网格' });
    expect(found.total).toBeUndefined();
    expect(found.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    expect(sent.at(-1)?.variables.filter).toEqual({ under: village.id, nameContains: '网格' });
    // the last page knows how many there are: 4 pages of 5 and these 3
    const last = await page(5, 5, { parentId: undefined, under: village.id, q: '网格' });
    expect(last.data).toHaveLength(3);
    expect(last.total).toBe(23);
  });
});

describe('errors', () => {
  it('maps BAD_USER_INPUT field paths onto form fields', async () => {
    const error = await failure(
      org({ parentId: village.id, name: '', type: 'GRID_BRANCH', divisionCode: '12' }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toBe('grassroots.errors.BAD_USER_INPUT');
    expect(Object.keys(error.body.errors).sort()).toEqual(['divisionCode', 'name']);
    expect(error.body.code).toBe('BAD_USER_INPUT');
  });

  it('puts a refused child type on the type field', async () => {
    const error = await failure(
      org({
        parentId: village.id,
        name: '某街道',
        type: 'COUNTY_COMMITTEE',
        divisionCode: '150428',
      }),
    );
    expect(error.body.errors).toHaveProperty('type');
  });

  it('reports a stale version as CONFLICT with the current version', async () => {
    const stale = county;
    await provider.update('organizations', {
      id: county.id,
      data: { ...county, memberCount: 130 },
      previousData: county,
    });
    const error = await failure(
      provider.update('organizations', {
        id: stale.id,
        data: { ...stale, name: '另一个名字' },
        previousData: stale,
      }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toBe('grassroots.errors.CONFLICT');
    expect(error.body).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 3 } });
    expect(error.body.detail).toMatch(/changed by someone else/);
  });

  it('reports a refused delete with the dependent counts', async () => {
    // without previousData the provider reads the current version first
    const error = await failure(provider.delete('organizations', { id: county.id }));
    expect(error.body.code).toBe('HAS_DEPENDENTS');
    expect(error.body.details).toMatchObject({ children: 2 });
  });

  it('puts moveOrganization argument errors on the parent field', async () => {
    const error = await failure(provider.moveOrganization(village.id, village.version, 'bogus'));
    expect(error.body.errors).toHaveProperty('parentId');
  });

  it('turns an unreachable API into a NETWORK error', async () => {
    const offline = createDataProvider({
      url: 'http://localhost/graphql',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const error = await failure(offline.getOne('organizations', { id: city.id }));
    expect(error.message).toBe('grassroots.errors.NETWORK');
    expect(error.body).toMatchObject({ code: 'NETWORK', detail: 'Failed to fetch' });
  });
});

describe('service centers', () => {
  it('creates, finds near a point with the distance, updates and deletes', async () => {
    const { data: center } = await provider.create('serviceCenters', {
      data: {
        name: '牛家营子村党群服务站',
        kind: 'STATION',
        organizationId: village.id,
        address: '喀喇沁旗牛家营子镇',
        location: { lat: 42.05, lng: 118.7 },
        openingHours: '',
        services: ['便民服务'],
      },
    });
    expect(center).toMatchObject({ organizationId: village.id, radiusMeters: 1000, version: 1 });
    const far = await provider.create('serviceCenters', {
      data: {
        name: '锦山镇党群服务中心',
        kind: 'CENTER',
        organizationId: village.id,
        address: '喀喇沁旗锦山镇',
        location: { lat: 41.95, lng: 118.7 },
      },
    });
    const near = await provider.getList('serviceCenters', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: { near: { lat: '42.0505', lng: '118.7', radiusMeters: '20000' } },
    });
    expect(near.data.map((r) => r.name)).toEqual(['牛家营子村党群服务站', '锦山镇党群服务中心']);
    expect(near.data[0]?.distanceMeters).toBeGreaterThan(50);
    expect(near.data[0]?.distanceMeters).toBeLessThan(60);
    expect(sent.at(-1)?.variables.filter).toEqual({
      near: { lat: 42.0505, lng: 118.7, radiusMeters: 20000 },
    });

    const badPoint = await failure(
      provider.update('serviceCenters', {
        id: center.id,
        data: { ...center, location: { lat: 95, lng: 118.7 } },
        previousData: center,
      }),
    );
    expect(badPoint.body.errors).toHaveProperty(['location.lat']);
    const { data: updated } = await provider.update('serviceCenters', {
      id: center.id,
      data: { ...center, status: 'UNDER_CONSTRUCTION' },
      previousData: center,
    });
    expect(sent.at(-1)?.variables.input).toEqual({ status: 'UNDER_CONSTRUCTION' });
    expect(updated).toMatchObject({ status: 'UNDER_CONSTRUCTION', version: 2 });
    await provider.deleteMany('serviceCenters', { ids: [far.data.id] });
    const left = await provider.getManyReference('serviceCenters', {
      target: 'organizationId',
      id: village.id,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(left.data.map((r) => r.id)).toEqual([center.id]);
  });
});

describe('projects', () => {
  it('leaves funds unrecorded when the field is empty, and clears them when emptied', async () => {
    sent.length = 0;
    const { data: project } = await provider.create('projects', {
      data: {
        title: '村史馆布展',
        kind: 'SECRETARY_LED',
        leadOrganizationId: village.id,
        funds: '',
      },
    });
    expect(sent[0]?.variables.input).not.toHaveProperty('funds');
    expect(project.funds).toBeNull();
    const { data: funded } = await provider.update('projects', {
      id: project.id,
      data: { ...project, funds: 3000 },
      previousData: project,
    });
    expect(funded.funds).toBe(3000);
    sent.length = 0;
    const { data: cleared } = await provider.update('projects', {
      id: project.id,
      data: { ...funded, funds: null },
      previousData: funded,
    });
    expect(sent[0]?.variables.input).toEqual({ funds: null });
    expect(cleared.funds).toBeNull();
    await provider.delete('projects', { id: project.id, previousData: cleared });
  });

  it('creates with partners, changes partners through their mutations, keeps notes', async () => {
    const partners = [county.id, township.id];
    const { data: project } = await provider.create('projects', {
      data: {
        title: '九家子村农田通电工程',
        kind: 'CO_BUILDING',
        leadOrganizationId: village.id,
        partnerIds: partners,
        funds: 180000,
        dueDate: '2030-06-30',
      },
    });
    expect(project).toMatchObject({ partnerIds: partners, funds: 180000, status: 'PROPOSED' });

    sent.length = 0;
    const { data: changed } = await provider.update('projects', {
      id: project.id,
      data: { ...project, status: 'IN_PROGRESS', partnerIds: [township.id, city.id] },
      previousData: project,
    });
    expect(sent.map((s) => s.query.match(/result: (\w+)/)?.[1])).toEqual([
      'updateProject',
      'removeProjectPartner',
      'addProjectPartner',
    ]);
    expect(sent.map((s) => s.variables.version)).toEqual([1, 2, 3]);
    expect(changed).toMatchObject({ status: 'IN_PROGRESS', partnerIds: [township.id, city.id] });

    const badPartner = await failure(
      provider.create('projects', {
        data: {
          title: '某项目',
          kind: 'CO_BUILDING',
          leadOrganizationId: village.id,
          partnerIds: [village.id],
        },
      }),
    );
    expect(badPartner.body.errors).toHaveProperty('partnerIds');
    const leadAsPartner = await failure(
      provider.update('projects', {
        id: changed.id,
        data: { ...changed, partnerIds: [...changed.partnerIds, village.id] },
        previousData: changed,
      }),
    );
    expect(leadAsPartner.body.errors).toHaveProperty('partnerIds');

    const { data: note } = await provider.create('projectNotes', {
      data: { projectId: project.id, text: '线路已架设完成' },
    });
    expect(note).toMatchObject({ projectId: project.id, text: '线路已架设完成' });
    await provider.create('projectNotes', { data: { projectId: project.id, text: '通过验收' } });
    const notes = await provider.getManyReference('projectNotes', {
      target: 'projectId',
      id: project.id,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'at', order: 'ASC' },
      filter: {},
    });
    expect(notes.data.map((n) => n.text)).toEqual(['线路已架设完成', '通过验收']);
    await provider.delete('projectNotes', { id: note.id, previousData: note });
    const after = await provider.getManyReference('projectNotes', {
      target: 'projectId',
      id: project.id,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'at', order: 'ASC' },
      filter: {},
    });
    expect(after.data.map((n) => n.text)).toEqual(['通过验收']);

    const { data: ids } = await provider.updateMany('projects', {
      ids: [project.id],
      data: { funds: 200000 },
    });
    expect(ids).toEqual([project.id]);
    const listed = await provider.getList('projects', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: { partnerOrganizationId: city.id },
    });
    expect(listed.data.map((p) => [p.title, p.funds])).toEqual([['九家子村农田通电工程', 200000]]);
  });
});

describe('stats', () => {
  it('reads the rollup figures of a subtree and of the region', async () => {
    const region = await provider.getStats(null);
    const ofCounty = await provider.getStats(county.id);
    expect(region.organizations).toBeGreaterThan(ofCounty.organizations);
    expect(ofCounty.projects.total).toBe(1);
    expect(ofCounty.projects.funds).toBe(200000);
    expect(ofCounty.serviceCenters).toMatchObject({ total: 1, stations: 1 });
  });
});
