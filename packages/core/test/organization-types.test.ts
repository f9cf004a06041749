import { describe, expect, it } from 'vitest';
import { MAX_TRANSACTION_ITEMS } from '../src/db/transact.ts';
import {
  allowedChildTypes,
  CHILD_TYPES,
  ORGANIZATION_TYPES,
  type OrganizationType,
  placementProblem,
  ROOT_TYPES,
} from '../src/organizations/types.ts';

/** Longest chain of types from a root, following the rule table. */
function deepest(type: OrganizationType, seen: OrganizationType[] = []): number {
  if (seen.includes(type)) throw new Error(`cycle: ${[...seen, type].join(' > ')}`);
  return 1 + Math.max(0, ...CHILD_TYPES[type].map((child) => deepest(child, [...seen, type])));
}

describe('the parent/child rule table', () => {
  it('lets only a city committee stand at the root, and nothing hold one', () => {
    expect(ROOT_TYPES).toEqual(['CITY_COMMITTEE']);
    expect(placementProblem(null, 'CITY_COMMITTEE')).toBeNull();
    expect(placementProblem(null, 'COUNTY_COMMITTEE')).toMatch(/needs a parent/);
    for (const parent of ORGANIZATION_TYPES) {
      expect(placementProblem(parent, 'CITY_COMMITTEE')).toBe(
        'A CITY_COMMITTEE has no parent organization.',
      );
    }
  });

  it('refuses a county committee under a building group and says what fits there', () => {
    expect(placementProblem('BUILDING_GROUP', 'COUNTY_COMMITTEE')).toBe(
      'A BUILDING_GROUP cannot hold a COUNTY_COMMITTEE; it can hold MEMBER_HOUSEHOLD.',
    );
    expect(placementProblem('MEMBER_HOUSEHOLD', 'BRANCH')).toBe(
      'A MEMBER_HOUSEHOLD cannot hold other organizations.',
    );
  });

  it('follows the articles: 市、区、街道、社区 down to 楼栋党小组 and 党员中心户', () => {
    const chain: OrganizationType[] = [
      'CITY_COMMITTEE',
      'COUNTY_COMMITTEE',
      'STREET_WORKING_COMMITTEE',
      'COMMUNITY_COMMITTEE',
      'GRID_BRANCH',
      'BUILDING_GROUP',
      'MEMBER_HOUSEHOLD',
    ];
    for (let i = 1; i < chain.length; i++) {
      expect(
        placementProblem(chain[i - 1] as OrganizationType, chain[i] as OrganizationType),
      ).toBeNull();
    }
    expect(placementProblem('TOWNSHIP_COMMITTEE', 'VILLAGE_COMMITTEE')).toBeNull();
    expect(placementProblem('AGENCY', 'BRANCH')).toBeNull();
  });

  it('has no cycles, so trees stay shallow enough for one transaction per write', () => {
    const depth = Math.max(...ROOT_TYPES.map((t) => deepest(t)));
    expect(depth).toBe(7);
    // a write touches at most its ancestors, ALL, and a handful of records
    expect(depth + 10).toBeLessThan(MAX_TRANSACTION_ITEMS);
  });

  it('reaches every type from the root', () => {
    const reached = new Set<OrganizationType>();
    const walk = (t: OrganizationType) => {
      if (reached.has(t)) return;
      reached.add(t);
      for (const child of allowedChildTypes(t)) walk(child);
    };
    for (const root of ROOT_TYPES) walk(root);
    expect([...reached].sort()).toEqual([...ORGANIZATION_TYPES].sort());
  });
});
