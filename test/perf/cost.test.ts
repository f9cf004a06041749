import { describe, expect, inject, it } from 'vitest';
import budgets from '../../bench/budgets.json' with { type: 'json' };
import { benchStack, type Cost } from '../../bench/cost.ts';

const SIZES = [1_000, 3_000];

describe('DynamoDB cost per operation', () => {
  it('stays within the budgets, and the same whatever the size of the region', async () => {
    const bySize: Record<string, Omit<Cost, 'ms'>>[] = [];
    for (const size of SIZES) {
      const stack = await benchStack(inject('dynamoEndpoint'), size);
      const costs: Record<string, Omit<Cost, 'ms'>> = {};
      for (const op of stack.operations) {
        const { ms: _ms, ...cost } = await stack.run(op);
        costs[op.name] = cost;
      }
      bySize.push(costs);
    }
    const [small, large] = bySize;
    expect(large).toEqual(small);
    for (const [name, cost] of Object.entries(small ?? {})) {
      const budget = (budgets as unknown as Record<string, Omit<Cost, 'ms'>>)[name];
      expect(budget, `a budget for ${name} in bench/budgets.json`).toBeDefined();
      expect(cost.calls, `${name}: requests`).toBeLessThanOrEqual(budget?.calls ?? 0);
      expect(cost.readUnits, `${name}: read units`).toBeLessThanOrEqual(budget?.readUnits ?? 0);
      expect(cost.writeUnits, `${name}: write units`).toBeLessThanOrEqual(budget?.writeUnits ?? 0);
    }
  });
});
