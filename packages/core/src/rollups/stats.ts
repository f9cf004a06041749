import { type GridStats, gridStatsFromItem } from '../grids/stats.ts';
import { type MemberStats, memberStatsFromItem } from '../members/stats.ts';
import { ORGANIZATION_TYPES, type OrganizationType } from '../organizations/types.ts';
import {
  PROJECT_KINDS,
  PROJECT_STATUSES,
  type ProjectKind,
  type ProjectStatus,
} from '../projects/types.ts';
import { type RequestStats, requestStatsFromItem } from '../requests/stats.ts';
import {
  CENTER_KINDS,
  CENTER_STATUSES,
  type CenterKind,
  type CenterStatus,
} from '../service-centers/types.ts';
import { counter } from './counters.ts';

export interface CenterCount {
  kind: CenterKind;
  status: CenterStatus;
  count: number;
}

export interface ProjectCount {
  kind: ProjectKind;
  status: ProjectStatus;
  count: number;
  fundsFen: number;
}

/** The figures of one subtree, read from its Rollups item. */
export interface SubtreeStats {
  /** Organizations below (not counting the organization itself). */
  organizations: number;
  organizationsByType: { type: OrganizationType; count: number }[];
  /** Direct children. */
  children: number;
  /** Centers the organization itself owns, projects it leads, projects it partners in or serves. */
  ownCenters: number;
  ownProjects: number;
  projectLinks: number;
  /** Centers and stations of the organization and everything below it. */
  centers: CenterCount[];
  /** Projects led by the organization or anything below it. */
  projects: ProjectCount[];
  /** Grids, members reported to them and residents' requests of the subtree. */
  grids: GridStats;
  members: MemberStats;
  requests: RequestStats;
}

/** A subtree's figures with the type of the organization at its top (null: the whole stack). */
export interface ScopedStats extends SubtreeStats {
  scopeType: OrganizationType | null;
}

export function statsFromItem(item: Record<string, unknown> | undefined): SubtreeStats {
  const read = (name: string) => Number(item?.[name] ?? 0);
  return {
    organizations: read(counter.organizations),
    organizationsByType: ORGANIZATION_TYPES.map((type) => ({
      type,
      count: read(counter.organizationsOfType(type)),
    })),
    children: read(counter.children),
    ownCenters: read(counter.ownCenters),
    ownProjects: read(counter.ownProjects),
    projectLinks: read(counter.projectLinks),
    centers: CENTER_KINDS.flatMap((kind) =>
      CENTER_STATUSES.map((status) => ({
        kind,
        status,
        count: read(counter.centers(kind, status)),
      })),
    ),
    projects: PROJECT_KINDS.flatMap((kind) =>
      PROJECT_STATUSES.map((status) => ({
        kind,
        status,
        count: read(counter.projects(kind, status)),
        fundsFen: read(counter.fundsFen(kind, status)),
      })),
    ),
    grids: gridStatsFromItem(read),
    members: memberStatsFromItem(read),
    requests: requestStatsFromItem(item ?? {}, read),
  };
}

const sum = <T>(rows: T[], value: (row: T) => number) => rows.reduce((s, r) => s + value(r), 0);

/** Totals derived from the counters, with the build rate as the articles report it (建成率). */
export function centerSummary(stats: SubtreeStats) {
  const of = (pick: (c: CenterCount) => boolean) => sum(stats.centers.filter(pick), (c) => c.count);
  const total = of(() => true);
  const open = of((c) => c.status === 'OPEN');
  const closed = of((c) => c.status === 'CLOSED');
  return {
    total,
    open,
    centers: of((c) => c.kind === 'CENTER'),
    stations: of((c) => c.kind === 'STATION'),
    openCenters: of((c) => c.kind === 'CENTER' && c.status === 'OPEN'),
    openStations: of((c) => c.kind === 'STATION' && c.status === 'OPEN'),
    // open ones among those still planned, building or open (closed ones left the plan)
    buildRate: total - closed > 0 ? open / (total - closed) : null,
  };
}

export function projectSummary(stats: SubtreeStats) {
  return {
    total: sum(stats.projects, (p) => p.count),
    fundsFen: sum(stats.projects, (p) => p.fundsFen),
  };
}
