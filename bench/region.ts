import {
  type BulkData,
  childPath,
  type GovernanceImport,
  type ImportedGrid,
  type ImportedRequest,
  newId,
  type Organization,
  type OrganizationType,
  type Project,
  type ServiceCenter,
} from '@grassroots/core';
import { seededRandom } from '@grassroots/local/demo/random';

const NOW = '2026-11-28T00:00:00.000Z';
const HOUR = 3_600_000;
const record = () => ({ id: newId(), version: 1, createdAt: NOW, updatedAt: NOW });

/** Per county: 8 townships of 14 villages each, a center per township, a station per two villages. */
const TOWNSHIPS = 8;
const VILLAGES = 14;

export interface Region extends BulkData {
  /**
   * Drawn grids in the villages of each county's first township, and residents' requests,
   * one per two villages, with their histories (loaded by importGovernance).
   */
  governance: GovernanceImport;
  /** A township in the first county: the "organization page" of the suite. */
  township: Organization;
  /** A village to create a center under, and a point among the first county's centers. */
  village: Organization;
  point: { lat: number; lng: number };
  /** A point inside the first grid of that village. */
  gridPoint: { lat: number; lng: number };
}

/** Grids per village of a county's first township, drawn side by side in a row. */
const GRIDS = 2;
/** A grid's side, in degrees (about 450 m north–south). */
const GRID_SIDE = 0.004;

/**
 * A generated region of about `size` organizations shaped like the articles' (city, banners,
 * townships, villages), with centers, stations, co-built projects and residents' requests in
 * proportion. Counties
 * lie side by side on the map, so the density of centers around any point stays the same
 * whatever the size, as in a real region.
 */
export function generateRegion(size: number, seed = 2021): Region {
  const { next } = seededRandom(seed);
  const organizations: Organization[] = [];
  const serviceCenters: ServiceCenter[] = [];
  const projects: Project[] = [];
  const requests: ImportedRequest[] = [];
  const grids: ImportedGrid[] = [];
  let gridPoint: { lat: number; lng: number } | undefined;
  /** A village's grids, laid out by its place in the county so no two overlap (no randomness). */
  const drawGrids = (village: Organization, lat: number, lng: number) => {
    // the middle of the first grid drawn: the lookup of the suite
    gridPoint ??= { lat: lat + GRID_SIDE / 2, lng: lng + GRID_SIDE / 2 };
    for (let g = 0; g < GRIDS; g++) {
      const west = lng + g * GRID_SIDE;
      grids.push({
        name: `${village.name}第${g + 1}网格`,
        organizationId: village.id,
        households: 150,
        buildings: 0,
        boundary: [
          { lat, lng: west },
          { lat, lng: west + GRID_SIDE },
          { lat: lat + GRID_SIDE, lng: west + GRID_SIDE },
          { lat: lat + GRID_SIDE, lng: west },
        ],
        staff: [],
      });
    }
  };
  /** A request received at `village`: still open, solved there and closed, or sent up a level. */
  const request = (village: Organization, n: number) => {
    const receivedAt = new Date(Date.parse(NOW) - (1 + Math.floor(next() * 300)) * 24 * HOUR);
    const after = (hours: number) => new Date(receivedAt.getTime() + hours * HOUR);
    const roll = next();
    requests.push({
      organizationId: village.id,
      title: `${village.name}民情诉求${n}`,
      category: '基础设施',
      description: '村民反映的问题',
      source: 'GRID_PATROL',
      resident: null,
      disclosed: next() < 0.5,
      receivedAt,
      steps:
        roll < 0.3
          ? []
          : roll < 0.85
            ? [
                { at: after(2), to: 'ACCEPTED' },
                { at: after(5), to: 'IN_PROGRESS' },
                { at: after(48), to: 'RESOLVED' },
                { at: after(72), to: 'CLOSED', evaluation: 'SATISFIED' },
              ]
            : [{ at: after(2), to: 'ESCALATED', reason: '村级无法解决' }],
    });
  };
  const org = (parent: Organization | null, type: OrganizationType, name: string): Organization => {
    const r = record();
    const path = childPath(parent?.path ?? '/', r.id);
    const o: Organization = {
      ...r,
      name,
      type,
      parentId: parent?.id ?? null,
      path,
      depth: path.split('/').filter(Boolean).length - 1,
      divisionCode: '150300',
      secretary: null,
      memberCount: Math.floor(next() * 60),
      standardized: next() < 0.5,
      starRating: null,
      honours: [],
      oneShoulder: false,
    };
    organizations.push(o);
    return o;
  };
  const center = (owner: Organization, kind: ServiceCenter['kind'], lat: number, lng: number) =>
    serviceCenters.push({
      ...record(),
      name: `${owner.name}党群服务${kind === 'CENTER' ? '中心' : '站'}`,
      kind,
      organizationId: owner.id,
      orgPath: owner.path,
      address: owner.name,
      location: { lat, lng },
      radiusMeters: 1000,
      openingHours: '大门常开',
      services: ['党员活动', '便民服务'],
      layout: null,
      status: next() < 0.9 ? 'OPEN' : 'UNDER_CONSTRUCTION',
    });
  const city = org(null, 'CITY_COMMITTEE', '生成市委');
  const counties = Math.max(1, Math.round((size - 1) / (1 + TOWNSHIPS * (1 + VILLAGES))));
  let township: Organization | null = null;
  let village: Organization | null = null;
  for (let c = 0; c < counties; c++) {
    const county = org(city, 'COUNTY_COMMITTEE', `第${c + 1}旗`);
    // each county its own 0.2° square, in rows of 20
    const baseLat = 38 + Math.floor(c / 20) * 0.2;
    const baseLng = 105 + (c % 20) * 0.2;
    for (let t = 0; t < TOWNSHIPS; t++) {
      const town = org(county, 'TOWNSHIP_COMMITTEE', `第${c + 1}旗第${t + 1}镇`);
      township ??= town;
      center(town, 'CENTER', baseLat + next() * 0.2, baseLng + next() * 0.2);
      const villages: Organization[] = [];
      for (let v = 0; v < VILLAGES; v++) {
        const vil = org(town, 'VILLAGE_COMMITTEE', `第${c + 1}旗第${t + 1}镇第${v + 1}村`);
        village ??= vil;
        villages.push(vil);
        // the first township of each county: drawn grids spread over the whole region, as many
        // as a bulk load into DynamoDB Local bears at 100,000 organizations
        if (t === 0) drawGrids(vil, baseLat + 0.005, baseLng + 0.0085 * (v + 1));
        if (v % 2 === 0) {
          center(vil, 'STATION', baseLat + next() * 0.2, baseLng + next() * 0.2);
          request(vil, requests.length + 1);
        }
      }
      for (let p = 0; p < VILLAGES; p += 5) {
        const lead = villages[p] as Organization;
        projects.push({
          ...record(),
          title: `${lead.name}共建项目`,
          kind: 'CO_BUILDING',
          leadOrganizationId: lead.id,
          leadPath: lead.path,
          partnerIds: [town.id, (villages[(p + 1) % VILLAGES] as Organization).id],
          servedOrganizationIds: [],
          responsibleLeader: null,
          fundsFen: Math.floor(next() * 20_000_000),
          startDate: null,
          dueDate: null,
          status: next() < 0.5 ? 'IN_PROGRESS' : 'COMPLETED',
          beneficiaryHouseholds: Math.floor(next() * 200),
          commitment: null,
          description: null,
          evaluation: null,
          evaluationComment: null,
          evaluatedAt: null,
        });
      }
    }
  }
  const first = serviceCenters[1] as ServiceCenter;
  return {
    organizations,
    serviceCenters,
    projects,
    governance: { grids, members: [], requests },
    township: township as Organization,
    village: village as Organization,
    point: first.location,
    gridPoint: gridPoint as { lat: number; lng: number },
  };
}
