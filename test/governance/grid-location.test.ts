import { randomUUID } from 'node:crypto';
import { CreateTableCommand, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  backfillDrawnGrids,
  gridsAt as coreGridsAt,
  createDb,
  createOrganization,
  createSession,
  createTableInput,
  prefixedTableNames,
  tables,
} from '@grassroots/core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { rawId } from '../support/ids.ts';
import { scanAll } from '../support/recount.ts';
import { type TestStack, testStack } from '../support/stack.ts';
import { gid, type Ladder, ladder } from './fixture.ts';

let stack: TestStack;
let l: Ladder;
let villages: { id: string }[];

/** A point x, y steps of about 100 m east and north of a corner of 库伦旗. */
const p = (x: number, y: number) => ({ lat: 42.7 + y * 0.001, lng: 121.8 + x * 0.001 });

const drawGrid = async (organizationId: string, name: string, boundary: object[] | null) =>
  (
    await stack.ok(
      `mutation($input: CreateGridInput!) { createGrid(input: $input) { id version } }`,
      { input: { name, organizationId: gid('Organization', organizationId), boundary } },
    )
  ).createGrid as { id: string; version: number };

const gridsAt = async (point: object, under?: string, token?: string) =>
  (
    await stack.ok(
      `query($point: GeoPointInput!, $under: ID) { gridsAt(point: $point, under: $under) { name } }`,
      { point, under: under ? gid('Organization', under) : null },
      token ? { token } : undefined,
    )
  ).gridsAt.map((g: { name: string }) => g.name) as string[];

const REQUEST = 'id version grid { name }';
const createRequest = async (organizationId: string, extra: object) =>
  (
    await stack.ok(
      `mutation($input: CreateRequestInput!) { createRequest(input: $input) { ${REQUEST} } }`,
      {
        input: {
          organizationId: gid('Organization', organizationId),
          title: '路灯不亮',
          category: '基础设施',
          description: '村口路灯坏了',
          source: 'VISIT',
          ...extra,
        },
      },
    )
  ).createRequest as { id: string; version: number; grid: { name: string } | null };

const requestsIn = async (gridId: string) =>
  (
    await stack.ok(
      `query($id: ID!) { grid(id: $id) { requests(first: 50) { edges { cursor } } } }`,
      {
        id: gridId,
      },
    )
  ).grid.requests.edges.length as number;

beforeAll(async () => {
  stack = await testStack();
  l = await ladder(stack);
  villages = await Promise.all(
    ['东村', '西村'].map((name) =>
      createOrganization(stack.session(), {
        parentId: l.township.id,
        name,
        type: 'VILLAGE_COMMITTEE',
        divisionCode: '150524',
      }),
    ),
  );
  const [east, west] = villages as [{ id: string }, { id: string }];
  // an L: its box holds the empty corner at (1.5, 1.5), the grid does not
  await drawGrid(east.id, '东村L形网格', [p(0, 0), p(2, 0), p(2, 1), p(1, 1), p(1, 2), p(0, 2)]);
  await drawGrid(east.id, '东村北网格', [p(0, 3), p(2, 3), p(2, 4), p(0, 4)]);
  await drawGrid(west.id, '西村网格', [p(-3, 0), p(-1, 0), p(-1, 2), p(-3, 2)]);
  // overlapping the north grid on purpose, as hand-drawn neighbours sometimes do
  await drawGrid(west.id, '西村越界网格', [p(1.5, 3.5), p(3, 3.5), p(3, 5), p(1.5, 5)]);
});

describe('finding grids by location', () => {
  it('finds the grid a point lies in, none outside every grid, both where two overlap', async () => {
    expect(await gridsAt(p(0.5, 1.5))).toEqual(['东村L形网格']);
    expect(await gridsAt(p(1.5, 0.5))).toEqual(['东村L形网格']);
    // inside the L's box, outside the L
    expect(await gridsAt(p(1.5, 1.5))).toEqual([]);
    expect(await gridsAt(p(-2, 1))).toEqual(['西村网格']);
    expect(await gridsAt(p(10, 10))).toEqual([]);
    expect((await gridsAt(p(1.8, 3.8))).sort()).toEqual(['东村北网格', '西村越界网格']);
  });

  it('keeps to the organization asked about and to what the caller may see', async () => {
    const [east, west] = villages as [{ id: string }, { id: string }];
    expect(await gridsAt(p(1.8, 3.8), east.id)).toEqual(['东村北网格']);
    expect(await gridsAt(p(1.8, 3.8), west.id)).toEqual(['西村越界网格']);
    expect(await gridsAt(p(-2, 1), east.id)).toEqual([]);
    const villageAdmin = await stack.tokenFor('ORG_ADMIN', east.id);
    expect(await gridsAt(p(-2, 1), undefined, villageAdmin)).toEqual([]);
    expect(await gridsAt(p(0.5, 0.5), undefined, villageAdmin)).toEqual(['东村L形网格']);
    const hidden = await stack.gql(
      `query($under: ID) { gridsAt(point: { lat: 42.7, lng: 121.8 }, under: $under) { name } }`,
      { under: gid('Organization', west.id) },
      { token: villageAdmin },
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a point off the globe with the field to fix', async () => {
    const result = await stack.gql(`{ gridsAt(point: { lat: 91, lng: 121.8 }) { name } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'point.lat', message: 'Latitude runs from -90 to 90.' }],
    });
  });

  it('follows a boundary redrawn, cleared, or a grid deleted', async () => {
    const [east] = villages as [{ id: string }];
    const grid = await drawGrid(east.id, '东村临时网格', [p(5, 5), p(6, 5), p(6, 6), p(5, 6)]);
    expect(await gridsAt(p(5.5, 5.5))).toEqual(['东村临时网格']);
    const update = `mutation($id: ID!, $version: Int!, $boundary: [GeoPointInput!]) {
      updateGrid(id: $id, version: $version, input: { boundary: $boundary }) { version } }`;
    const moved = await stack.ok(update, {
      id: grid.id,
      version: grid.version,
      boundary: [p(7, 5), p(8, 5), p(8, 6), p(7, 6)],
    });
    expect(await gridsAt(p(5.5, 5.5))).toEqual([]);
    expect(await gridsAt(p(7.5, 5.5))).toEqual(['东村临时网格']);
    const cleared = await stack.ok(update, {
      id: grid.id,
      version: moved.updateGrid.version,
      boundary: null,
    });
    expect(await gridsAt(p(7.5, 5.5))).toEqual([]);
    const stored = (await scanAll(stack.db, 'grids')).find((g) => g.id === rawId(grid.id));
    expect(stored).not.toHaveProperty('drawnTree');
    expect(stored).not.toHaveProperty('bounds');
    await stack.ok(update, {
      id: grid.id,
      version: cleared.updateGrid.version,
      boundary: [p(5, 5), p(6, 5), p(6, 6), p(5, 6)],
    });
    expect(await gridsAt(p(5.5, 5.5))).toEqual(['东村临时网格']);
    await stack.ok(
      `mutation($id: ID!, $version: Int!) { deleteGrid(id: $id, version: $version) { id } }`,
      {
        id: grid.id,
        version: cleared.updateGrid.version + 1,
      },
    );
    expect(await gridsAt(p(5.5, 5.5))).toEqual([]);
  });

  it('refuses a boundary that crosses itself, and takes a corner clicked twice', async () => {
    const [east] = villages as [{ id: string }];
    const bowTie = await stack.gql(
      `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`,
      {
        input: {
          name: '交叉网格',
          organizationId: gid('Organization', east.id),
          boundary: [p(10, 0), p(11, 1), p(11, 0), p(10, 1)],
        },
      },
    );
    expect(bowTie.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'boundary',
          message: 'The boundary crosses itself: give the corners in order around the grid.',
        },
      ],
    });
    // a corner on another side: the outline touches itself
    const touching = await stack.gql(
      `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`,
      {
        input: {
          name: '相切网格',
          organizationId: gid('Organization', east.id),
          boundary: [p(10, 0), p(12, 0), p(12, 2), p(11, 0), p(10, 2)],
        },
      },
    );
    expect(touching.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await drawGrid(east.id, '双击网格', [p(10, 0), p(11, 0), p(11, 0), p(11, 1), p(10, 1)]);
    expect(await gridsAt(p(10.5, 0.5))).toEqual(['双击网格']);
  });
});

describe('a request with a location', () => {
  it('lands in the grid it lies in when none is chosen, and is listed there', async () => {
    const [lGrid] = (
      await stack.ok(
        `{ gridsAt(point: { lat: ${p(0.5, 0.5).lat}, lng: ${p(0.5, 0.5).lng} }) { id } }`,
      )
    ).gridsAt as { id: string }[];
    const before = await requestsIn(lGrid?.id as string);
    // received by the township: the grids of its villages are the ones to look in
    const located = await createRequest(l.township.id, { location: p(0.5, 0.5) });
    expect(located.grid?.name).toBe('东村L形网格');
    expect(await requestsIn(lGrid?.id as string)).toBe(before + 1);
    // a grid chosen by hand stays chosen
    const chosen = await createRequest(l.village.id, {
      location: p(0.5, 0.5),
      gridId: gid('Grid', l.grid.id),
    });
    expect(chosen.grid?.name).toBe('九家子村第一网格');
  });

  it('stays without a grid outside every grid, where two overlap, or outside the receiver', async () => {
    const [east, west] = villages as [{ id: string }, { id: string }];
    expect((await createRequest(east.id, { location: p(1.5, 1.5) })).grid).toBeNull();
    expect((await createRequest(l.township.id, { location: p(1.8, 3.8) })).grid).toBeNull();
    // received by the east village, a point in the west village's grid is not its grid
    expect((await createRequest(east.id, { location: p(-2, 1) })).grid).toBeNull();
    // received by the west village, only its own overlapping grid holds the point
    expect((await createRequest(west.id, { location: p(1.8, 3.8) })).grid?.name).toBe(
      '西村越界网格',
    );
    expect((await createRequest(east.id, {})).grid).toBeNull();
  });

  it('finds its grid when a location is given later, but never replaces a chosen one', async () => {
    const [east] = villages as [{ id: string }];
    const update = `mutation($id: ID!, $version: Int!, $input: UpdateRequestInput!) {
      updateRequest(id: $id, version: $version, input: $input) { ${REQUEST} } }`;
    const locate = async (request: { id: string; version: number }, location: object) =>
      (await stack.ok(update, { id: request.id, version: request.version, input: { location } }))
        .updateRequest as { id: string; version: number; grid: { name: string } | null };
    const bare = await createRequest(east.id, {});
    const located = await locate(bare, p(0.5, 3.5));
    expect(located.grid?.name).toBe('东村北网格');
    const elsewhere = await locate(located, p(0.5, 0.5));
    expect(elsewhere.grid?.name).toBe('东村北网格');
  });
});

describe('grids drawn by an older version', () => {
  // ensureTables runs this before it builds drawnByPath on an older table (test/governance/
  // order.test.ts upgrades a table that way). Here the items come without the attributes on a
  // table that already has the index: building indexes on DynamoDB Local late in a full test
  // run, with hundreds of tables, can take it longer than any test should wait.
  it('are found once backfillDrawnGrids has given them the attributes the index reads', async () => {
    const db = createDb({
      endpoint: inject('dynamoEndpoint'),
      tableNames: prefixedTableNames(`old${randomUUID().slice(0, 8)}_`),
    });
    await db.client.send(new CreateTableCommand(createTableInput(db.tables.grids, tables.grids)));
    await waitUntilTableExists(
      { client: db.client, maxWaitTime: 60 },
      { TableName: db.tables.grids },
    );
    // this file's grids, as the version before drawnByPath wrote them
    const items = (await scanAll(stack.db, 'grids')).map(
      ({ drawnTree: _tree, bounds: _bounds, ...item }) => item,
    );
    for (let i = 0; i < items.length; i += 25) {
      await db.doc.send(
        new BatchWriteCommand({
          RequestItems: {
            [db.tables.grids]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
          },
        }),
      );
    }
    const at = async (point: { lat: number; lng: number }) =>
      (await coreGridsAt(createSession(db), point)).map((g) => g.name);
    expect(await at(p(0.5, 0.5))).toEqual([]);

    await backfillDrawnGrids(db);
    expect(await at(p(0.5, 0.5))).toEqual(await gridsAt(p(0.5, 0.5)));
    expect(await at(p(-2, 1))).toEqual(['西村网格']);
    const drawn = (await scanAll(db, 'grids')).filter((g) => g.boundary);
    expect(drawn.length).toBeGreaterThan(3);
    for (const g of drawn) expect(g.drawnTree, String(g.name)).toBe('tree');
    db.client.destroy();
  });
});
