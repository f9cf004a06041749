import { beforeAll, describe, expect, it } from 'vitest';
import { kulunOrg, smallTree } from './support/fixtures.ts';
import { rawId } from './support/ids.ts';
import { rollupDifferences } from './support/recount.ts';
import { type TestStack, testStack } from './support/stack.ts';

// A co-built project reaches across scopes: the village leads it, an agency of the banner
// partners in it, and it serves a community of another street. Each account reading it knows
// every party by name, opens only what its scope holds, and an edit of the served list by the
// village keeps the served organization the village cannot see.

const PARTY = 'id name type inScope';
const VIEW = `id version leadOrganization { name } partners { name } servedOrganizations { name }
  parties { lead { ${PARTY} } partners { ${PARTY} } served { ${PARTY} } }`;

let stack: TestStack;
let tree: Awaited<ReturnType<typeof smallTree>>;
let petitions: { id: string; name: string };
let branch: { id: string; name: string };
let projectId: string;
const tokens: Record<string, string> = {};

const read = async (who: string) =>
  (
    await stack.ok(
      `query($id: ID!) { project(id: $id) { ${VIEW} } }`,
      { id: projectId },
      { token: tokens[who] },
    )
  ).project;

beforeAll(async () => {
  stack = await testStack();
  tree = await smallTree(stack);
  petitions = await kulunOrg(stack, tree.county, '库伦旗信访局党支部', 'AGENCY');
  branch = await kulunOrg(stack, tree.village, '九家子村第一网格党支部', 'GRID_BRANCH');
  const created = await stack.ok(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
    {
      input: {
        title: '九家子村信访代办点',
        kind: 'CO_BUILDING',
        leadOrganizationId: tree.village.id,
        partnerIds: [petitions.id],
        servedOrganizationIds: [tree.village.id, tree.community.id],
      },
    },
  );
  projectId = created.createProject.id;
  tokens.admin = stack.adminToken;
  tokens.village = await stack.tokenFor('ORG_ADMIN', rawId(tree.village.id));
  tokens.petitions = await stack.tokenFor('VIEWER', rawId(petitions.id));
  tokens.street = await stack.tokenFor('VIEWER', rawId(tree.street.id));
});

const party = (org: { id: string }, name: string, type: string, inScope: boolean) => ({
  id: org.id,
  name,
  type,
  inScope,
});

describe("a project's parties", () => {
  it('names the partner and the served community outside the leading village’s scope', async () => {
    const project = await read('village');
    // what the village may open, as before
    expect(project.leadOrganization).toEqual({ name: '九家子村党组织' });
    expect(project.partners).toEqual([]);
    expect(project.servedOrganizations).toEqual([{ name: '九家子村党组织' }]);
    // and every party by name
    expect(project.parties).toEqual({
      lead: party(tree.village, '九家子村党组织', 'VILLAGE_COMMITTEE', true),
      partners: [party(petitions, '库伦旗信访局党支部', 'AGENCY', false)],
      served: [
        party(tree.village, '九家子村党组织', 'VILLAGE_COMMITTEE', true),
        party(tree.community, '示例社区党委', 'COMMUNITY_COMMITTEE', false),
      ],
    });
  });

  it('names the lead to a partner that may not open it', async () => {
    const project = await read('petitions');
    expect(project.leadOrganization).toBeNull();
    expect(project.parties.lead).toEqual(
      party(tree.village, '九家子村党组织', 'VILLAGE_COMMITTEE', false),
    );
    expect(project.parties.partners).toEqual([
      party(petitions, '库伦旗信访局党支部', 'AGENCY', true),
    ]);
  });

  it('tells nothing to an account that may not see the project, though it serves its scope', async () => {
    expect(await read('street')).toBeNull();
    const { projects } = await stack.ok(
      '{ projects(first: 10) { edges { node { parties { lead { name } } } } } }',
      {},
      { token: tokens.street },
    );
    expect(projects.edges).toEqual([]);
  });

  it('keeps the served organizations the editor cannot see when it replaces the list', async () => {
    const before = await read('village');
    const { updateProject } = await stack.ok(
      `mutation($id: ID!, $version: Int!, $input: UpdateProjectInput!) {
        updateProject(id: $id, version: $version, input: $input) { ${VIEW} } }`,
      { id: projectId, version: before.version, input: { servedOrganizationIds: [branch.id] } },
      { token: tokens.village },
    );
    expect(updateProject.servedOrganizations).toEqual([{ name: '九家子村第一网格党支部' }]);
    expect(updateProject.parties.served.map((p: { name: string }) => p.name)).toEqual([
      '九家子村第一网格党支部',
      '示例社区党委',
    ]);
    // the region sees both, and the counters of each served organization stayed right
    const all = await read('admin');
    expect(all.servedOrganizations).toEqual([
      { name: '九家子村第一网格党支部' },
      { name: '示例社区党委' },
    ]);
    expect(await rollupDifferences(stack.db)).toEqual([]);

    // an empty list from the village clears only what the village may see
    const { updateProject: cleared } = await stack.ok(
      `mutation($id: ID!, $version: Int!, $input: UpdateProjectInput!) {
        updateProject(id: $id, version: $version, input: $input) { ${VIEW} } }`,
      { id: projectId, version: all.version, input: { servedOrganizationIds: [] } },
      { token: tokens.village },
    );
    expect(cleared.parties.served.map((p: { name: string }) => p.name)).toEqual(['示例社区党委']);
  });
});
