import type { Region } from './region.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

export interface Operation {
  name: string;
  /** What a person does that sends it. */
  what: string;
  query: string;
  variables: Record<string, unknown>;
  /** False for an operation that consumes its input (a request escalates only so far). */
  repeatable?: boolean;
}

let created = 0;

/**
 * The representative operations whose DynamoDB cost the budgets hold: what the console's
 * main pages send, and a write that updates rollups on every ancestor.
 */
export function suite(region: Region, requests: string[] = []): Operation[] {
  let escalated = 0;
  return [
    {
      name: 'regionDashboard',
      what: '数据概览 of the whole region',
      // every figure the console's dashboard asks for (web/src/dataProvider/stats.ts)
      query: `{ regionStats { organizations organizationsByType { type count } serviceCenters { total open centers stations buildRate }
        projects { total funds byStatus { status count funds } byKind { kind count funds } }
        grids { total staff partyStaffShare coveredVillages coveredCommunities coverage }
        members { registered reported commitments commitmentsFulfilled }
        requests { received open resolved escalated overdue satisfactionRate timeToResolve { medianHours } trend(months: 12) { month received resolved } } } }`,
      variables: {},
    },
    {
      name: 'organizationPage',
      what: 'an organization page: ancestors, children, centers, projects and stats',
      query: `query($id: ID!) { organization(id: $id) { name typeLabel parent { name } ancestors { name }
        children(first: 20) { totalCount edges { node { id name type } } }
        serviceCenters(first: 20) { totalCount edges { node { name status } } }
        projects(first: 20, subtree: true) { totalCount edges { node { title status } } }
        stats { organizations serviceCenters { total open buildRate } projects { total funds } } } }`,
      variables: { id: gid('Organization', region.township.id) },
    },
    {
      name: 'projectListPage',
      what: 'a list page of 50 projects with lead and partner organizations',
      query: `{ projects(first: 50) { totalCount edges { node { title status funds leadOrganization { name } partners { name } } } } }`,
      variables: {},
    },
    {
      name: 'requestListPage',
      what: '民情诉求 of a township: a page of 25, newest first across its villages',
      query: `query($under: ID!) { requests(first: 25, filter: { under: $under }) { totalCount
        edges { node { title status createdAt originOrganizationName handlingOrganizationName } } } }`,
      variables: { under: gid('Organization', region.township.id) },
    },
    {
      name: 'publicBoardPage',
      what: '公开栏 of a township: 25 disclosed requests, newest first across its villages',
      query: `query($under: ID!) { publicRequests(first: 25, under: $under) { edges { node {
        title statusLabel receivedAt originOrganizationName handlingOrganizationName evaluation
        progress { statusLabel at } } } } }`,
      variables: { under: gid('Organization', region.township.id) },
    },
    {
      name: 'centersNear',
      what: 'the centers within 1 km of a point',
      query: `query($near: NearInput!) { serviceCenters(filter: { near: $near }) { totalCount edges { distanceMeters node { name } } } }`,
      variables: { near: { ...region.point, radiusMeters: 1000 } },
    },
    {
      name: 'gridAtPoint',
      what: 'which grid of a township holds a point (what a request saved with a location asks)',
      query: `query($point: GeoPointInput!, $under: ID!) { gridsAt(point: $point, under: $under) { name organization { name } } }`,
      variables: { point: region.gridPoint, under: gid('Organization', region.township.id) },
    },
    {
      name: 'createCenter',
      what: 'a create that updates the rollups of every ancestor',
      query: `mutation($o: ID!, $name: String!) { createServiceCenter(input: { name: $name, kind: STATION, organizationId: $o,
        address: "生成", location: { lat: 38.1, lng: 105.1 } }) { id } }`,
      get variables() {
        return { o: gid('Organization', region.village.id), name: `新站${++created}` };
      },
    },
    {
      name: 'escalateRequest',
      what: 'a request escalated from a village to its township',
      repeatable: false,
      query: `mutation($id: ID!) { transitionRequest(id: $id, version: 1, input: { to: ESCALATED,
        reason: "村级无法解决，上报镇党委" }) { status } }`,
      get variables() {
        const id = requests[escalated++ % Math.max(1, requests.length)];
        return { id: gid('Request', id ?? 'none') };
      },
    },
  ];
}
