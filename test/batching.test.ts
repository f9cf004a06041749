import { createOrganization, createSession, getOrganization, meterDb } from '@grassroots/core';
import { describe, expect, it } from 'vitest';
import { testStack } from './support/stack.ts';

describe('batched reads', () => {
  it('retries the keys BatchGetItem leaves unprocessed under load', async () => {
    const stack = await testStack();
    const s = stack.session();
    const city = await createOrganization(s, {
      name: '乌海市委',
      type: 'CITY_COMMITTEE',
      divisionCode: '150300',
    });
    const ids = [city.id];
    for (let i = 0; i < 30; i++) {
      ids.push(
        (
          await createOrganization(s, {
            parentId: city.id,
            name: `单位${i}`,
            type: 'AGENCY',
            divisionCode: '150300',
          })
        ).id,
      );
    }
    // the first BatchGetItem answers only a third of the keys and hands the rest back, as DynamoDB does when throttled
    let throttled = false;
    stack.db.client.middlewareStack.add(
      (next, context) => async (args) => {
        const result: any = await next(args);
        if (context.commandName !== 'BatchGetItemCommand' || throttled) return result;
        throttled = true;
        const [table, items] = Object.entries(
          result.output.Responses as Record<string, any[]>,
        )[0] as [string, any[]];
        const kept = items.slice(0, 10);
        result.output.Responses[table] = kept;
        result.output.UnprocessedKeys = {
          [table]: { Keys: items.slice(10).map((item) => ({ id: item.id })) },
        };
        return result;
      },
      { step: 'initialize', name: 'throttle' },
    );
    const meter = meterDb(stack.db);
    const fresh = createSession(stack.db);
    const loaded = await Promise.all(ids.map((id) => getOrganization(fresh, id)));
    expect(throttled).toBe(true);
    expect(loaded.map((o) => o?.id)).toEqual(ids);
    expect(meter.snapshot().calls).toEqual({ BatchGetItemCommand: 2 });
  });
});
