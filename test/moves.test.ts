import {
  completePendingMove,
  createOrganization,
  createServiceCenter,
  moveOrganization,
  type Organization,
  type Session,
} from '@grassroots/core';
import { describe, expect, it } from 'vitest';
import { rollupDifferences } from './support/recount.ts';
import { type TestStack, testStack } from './support/stack.ts';

const gid = (id: string) => Buffer.from(`Organization:${id}`).toString('base64');

/** Two counties; the first holds a township with `villages` villages, each with a center. */
async function districts(stack: TestStack, villages: number) {
  const s = stack.session();
  const city = await createOrganization(s, {
    name: '通辽市委',
    type: 'CITY_COMMITTEE',
    divisionCode: '150500',
  });
  const hure = await createOrganization(s, {
    parentId: city.id,
    name: '库伦旗委',
    type: 'COUNTY_COMMITTEE',
    divisionCode: '150524',
  });
  const naiman = await createOrganization(s, {
    parentId: city.id,
    name: '奈曼旗委',
    type: 'COUNTY_COMMITTEE',
    divisionCode: '150525',
  });
  const township = await createOrganization(s, {
    parentId: hure.id,
    name: '六家子镇党委',
    type: 'TOWNSHIP_COMMITTEE',
    divisionCode: '150524',
  });
  const made: Organization[] = [];
  for (let i = 0; i < villages; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, villages - i) }, async (_, k) => {
        const v = await createOrganization(s, {
          parentId: township.id,
          name: `第${i + k}村`,
          type: 'VILLAGE_COMMITTEE',
          divisionCode: '150524',
        });
        await createServiceCenter(s, {
          name: `第${i + k}村站`,
          kind: 'STATION',
          organizationId: v.id,
          address: '库伦',
          location: { lat: 42.7, lng: 121.7 },
        });
        made.push(v);
      }),
    );
  }
  return { city, hure, naiman, township, villages: made };
}

const subtreeCount = async (stack: TestStack, id: string) =>
  await stack.ok(
    `query($id: ID!) { organizations(filter: { under: $id }, first: 100) { totalCount } serviceCenters(filter: { under: $id }) { totalCount } organization(id: $id) { stats { organizations serviceCenters { total } } } }`,
    { id: gid(id) },
  );

describe('moving organizations', () => {
  it('moves a subtree larger than one transaction with its centers and counters', async () => {
    const stack = await testStack();
    const d = await districts(stack, 60);
    const moved = await stack.ok(
      `mutation($id: ID!, $to: ID!) { moveOrganization(id: $id, version: 1, newParentId: $to) { version parent { name } ancestors { name } } }`,
      { id: gid(d.township.id), to: gid(d.naiman.id) },
    );
    expect(moved.moveOrganization).toEqual({
      version: 2,
      parent: { name: '奈曼旗委' },
      ancestors: [{ name: '通辽市委' }, { name: '奈曼旗委' }],
    });
    const naiman = await subtreeCount(stack, d.naiman.id);
    expect(naiman.organization.stats).toEqual({ organizations: 61, serviceCenters: { total: 60 } });
    expect(naiman.serviceCenters.totalCount).toBe(60);
    const listed = await stack.ok(
      `query($id: ID!) { organizations(filter: { under: $id, type: VILLAGE_COMMITTEE }, first: 100) { edges { node { id } } } }`,
      { id: gid(d.naiman.id) },
    );
    expect(listed.organizations.edges).toHaveLength(60);
    const hure = await subtreeCount(stack, d.hure.id);
    expect(hure.organization.stats).toEqual({ organizations: 0, serviceCenters: { total: 0 } });
    expect(hure.organizations.totalCount).toBe(1);
    expect(await rollupDifferences(stack.db)).toEqual([]);
  });

  it('refuses a move under its own subtree or under a type that cannot hold it', async () => {
    const stack = await testStack();
    const d = await districts(stack, 1);
    const move = (id: string, to: string) =>
      stack.gql(
        `mutation($id: ID!, $to: ID!) { moveOrganization(id: $id, version: 1, newParentId: $to) { id } }`,
        { id: gid(id), to: gid(to) },
      );
    const intoItself = await move(d.hure.id, (d.villages[0] as Organization).id);
    expect(intoItself.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'newParentId', message: expect.stringMatching(/own descendants/) }],
    });
    const wrongType = await move(d.township.id, d.city.id);
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'newParentId',
          message: expect.stringMatching(/CITY_COMMITTEE cannot hold a TOWNSHIP_COMMITTEE/),
        },
      ],
    });
    const stale = await stack.gql(
      `mutation($id: ID!, $to: ID!) { moveOrganization(id: $id, version: 7, newParentId: $to) { id } }`,
      { id: gid(d.township.id), to: gid(d.naiman.id) },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('leaves nothing unreachable when interrupted, and the next write into the subtree finishes it', async () => {
    const stack = await testStack();
    const d = await districts(stack, 30);
    // fail the first chunk of the path rewrite, as if the process died right after the move began
    let transactions = 0;
    let failing = true;
    stack.db.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (
          failing &&
          context.commandName === 'TransactWriteItemsCommand' &&
          ++transactions === 2
        ) {
          throw new Error('process killed');
        }
        return next(args);
      },
      { step: 'initialize', name: 'interrupt' },
    );
    const session: Session = stack.session();
    await expect(moveOrganization(session, d.township.id, 1, d.naiman.id)).rejects.toThrow(
      'process killed',
    );
    failing = false;

    // the moved organization is already in place, and every village is still reachable by its parent
    const halfway = await stack.ok(
      `query($id: ID!) { organization(id: $id) { parent { name } children(first: 100) { totalCount edges { node { name } } } } }`,
      { id: gid(d.township.id) },
    );
    expect(halfway.organization.parent.name).toBe('奈曼旗委');
    expect(halfway.organization.children.edges).toHaveLength(30);
    expect(await rollupDifferences(stack.db)).toContain(
      `a move of ${d.township.id} is still pending`,
    );

    // a write inside the moved subtree finishes the move first, then lands at the new place
    const village = d.villages[0] as Organization;
    const created = await createOrganization(stack.session(), {
      parentId: village.id,
      name: '第一网格党支部',
      type: 'GRID_BRANCH',
      divisionCode: '150525',
    });
    expect(
      created.path.startsWith(`/${d.city.id}/${d.naiman.id}/${d.township.id}/${village.id}/`),
    ).toBe(true);
    expect(await rollupDifferences(stack.db)).toEqual([]);
    const naiman = await subtreeCount(stack, d.naiman.id);
    expect(naiman.organization.stats).toEqual({ organizations: 32, serviceCenters: { total: 30 } });
  });

  it('is finished by completePendingMove, which the local stack runs when it starts', async () => {
    const stack = await testStack();
    const d = await districts(stack, 5);
    let calls = 0;
    stack.db.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && ++calls === 2)
          throw new Error('process killed');
        return next(args);
      },
      { step: 'initialize', name: 'interrupt' },
    );
    await expect(moveOrganization(stack.session(), d.township.id, 1, d.naiman.id)).rejects.toThrow(
      'process killed',
    );
    await completePendingMove(stack.session());
    expect(await rollupDifferences(stack.db)).toEqual([]);
  });
});
