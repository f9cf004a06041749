import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.ts';
import { testStack } from '../support/stack.ts';

/** Makes the next `times` requests of the client fail as DynamoDB does when throttling. */
function throttle(stack: Awaited<ReturnType<typeof testStack>>) {
  let remaining = 0;
  let seen = 0;
  stack.db.client.middlewareStack.add(
    (next) => async (args) => {
      // inside the SDK's retry loop: each attempt passes here
      if (remaining > 0) {
        remaining--;
        seen++;
        throw new ProvisionedThroughputExceededException({
          message: 'Rate of requests exceeds the allowed throughput.',
          $metadata: { httpStatusCode: 400 },
        });
      }
      return next(args);
    },
    { step: 'deserialize', name: 'throttle' },
  );
  return {
    next: (times: number) => {
      remaining = times;
      seen = 0;
    },
    attempts: () => seen,
  };
}

describe('throttling', () => {
  it('is retried with backoff, and the request succeeds', async () => {
    const stack = await testStack();
    const city = await createOrg(stack, {
      name: '赤峰市委',
      type: 'CITY_COMMITTEE',
      divisionCode: '150400',
    });
    const throttled = throttle(stack);
    throttled.next(2);
    const data = await stack.ok(`query($id: ID!) { organization(id: $id) { name } }`, {
      id: city.id,
    });
    expect(data.organization.name).toBe('赤峰市委');
    expect(throttled.attempts()).toBe(2);
  });

  it('surfaces as SERVICE_UNAVAILABLE with a clear message once the retries are spent', async () => {
    const stack = await testStack();
    const city = await createOrg(stack, {
      name: '通辽市委',
      type: 'CITY_COMMITTEE',
      divisionCode: '150500',
    });
    const throttled = throttle(stack);
    throttled.next(100);
    const started = Date.now();
    const result = await stack.gql(`query($id: ID!) { organization(id: $id) { name } }`, {
      id: city.id,
    });
    expect(result.errors?.[0]).toMatchObject({
      message: 'The database is unavailable or overloaded; try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    // bounded: three attempts with backoff, well inside a request's deadline
    expect(throttled.attempts()).toBe(3);
    expect(Date.now() - started).toBeLessThan(10_000);
    throttled.next(0);
    expect(
      (await stack.ok(`query($id: ID!) { organization(id: $id) { name } }`, { id: city.id }))
        .organization.name,
    ).toBe('通辽市委');
  });
});
