import { REQUEST_STATUSES, REQUEST_TRANSITIONS, type RequestStatus } from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from '../support/stack.ts';
import { gid, type Ladder, ladder, REQUEST_FIELDS } from './fixture.ts';

let stack: TestStack;
let l: Ladder;

beforeAll(async () => {
  stack = await testStack();
  l = await ladder(stack);
});

const create = async (extra: Record<string, unknown> = {}, token?: string) =>
  (
    await stack.ok(
      `mutation($input: CreateRequestInput!) { createRequest(input: $input) { ${REQUEST_FIELDS} } }`,
      {
        input: {
          organizationId: gid('Organization', l.village.id),
          title: '耕地未能通电，庄稼不能浇灌',
          category: '基础设施',
          description: '九家子村90余户农户的2000亩耕地没有通电。',
          source: 'VISIT',
          gridId: gid('Grid', l.grid.id),
          resident: { name: '张秀国', phone: '13812345678' },
          ...extra,
        },
      },
      token ? { token } : undefined,
    )
  ).createRequest;

const move = (id: string, version: number, input: Record<string, unknown>, token?: string) =>
  stack.gql(
    `mutation($id: ID!, $version: Int!, $input: RequestTransitionInput!) { transitionRequest(id: $id, version: $version, input: $input) { ${REQUEST_FIELDS} } }`,
    { id, version, input },
    token ? { token } : undefined,
  );

const ok = async (...args: Parameters<typeof move>) => {
  const result = await move(...args);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.transitionRequest;
};

/** What each target needs besides `to`. */
const extras = (to: RequestStatus) =>
  to === 'ESCALATED'
    ? { reason: '村级无法解决' }
    : to === 'CLOSED'
      ? { evaluation: 'SATISFIED' }
      : {};

describe('requests', () => {
  it('goes RECEIVED → ACCEPTED → IN_PROGRESS → RESOLVED → CLOSED, each step on the timeline', async () => {
    const r = await create();
    expect(r).toMatchObject({
      status: 'RECEIVED',
      version: 1,
      allowedTransitions: ['ACCEPTED', 'ESCALATED'],
      resident: { name: '张**', phone: '138****5678' },
    });
    let current = r;
    for (const to of ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const) {
      current = await ok(r.id, current.version, { to, note: `到${to}`, ...extras(to) });
      expect(current.status).toBe(to);
    }
    expect(current.allowedTransitions).toEqual([]);
    expect(current.timeline.edges.map((e: any) => [e.node.from, e.node.to])).toEqual([
      [null, 'RECEIVED'],
      ['RECEIVED', 'ACCEPTED'],
      ['ACCEPTED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'RESOLVED'],
      ['RESOLVED', 'CLOSED'],
    ]);
    expect(current.timeline.edges.at(-1).node.evaluation).toBe('SATISFIED');
  });

  it('refuses every illegal step with BAD_USER_INPUT naming the allowed ones, and takes every legal one', async () => {
    // reach each status, then try every target from it
    const reach: Record<RequestStatus, RequestStatus[]> = {
      RECEIVED: [],
      ACCEPTED: ['ACCEPTED'],
      IN_PROGRESS: ['ACCEPTED', 'IN_PROGRESS'],
      RESOLVED: ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED'],
      CLOSED: ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'],
      ESCALATED: ['ESCALATED'],
    };
    for (const from of REQUEST_STATUSES) {
      for (const to of REQUEST_STATUSES) {
        const r = await create();
        let version = r.version;
        for (const step of reach[from])
          version = (await ok(r.id, version, { to: step, ...extras(step) })).version;
        const result = await move(r.id, version, { to, ...extras(to) });
        if (REQUEST_TRANSITIONS[from].includes(to)) {
          expect(result.errors, `${from} → ${to}`).toBeUndefined();
          expect(result.data?.transitionRequest.status).toBe(to);
        } else {
          const error = result.errors?.[0];
          expect(error?.extensions?.code, `${from} → ${to}`).toBe('BAD_USER_INPUT');
          expect(error?.extensions?.fields[0].path).toBe('to');
          for (const allowed of REQUEST_TRANSITIONS[from])
            expect(error?.message).toContain(allowed);
        }
      }
    }
  });
});
