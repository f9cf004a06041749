import {
  centerSummary,
  projectSummary,
  type ScopedStats,
  type SubtreeStats,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import {
  CenterKindEnum,
  CenterStatusEnum,
  OrganizationTypeEnum,
  ProjectKindEnum,
  ProjectStatusEnum,
} from './enums.ts';

const yuan = (fen: number) => fen / 100;

const TypeCount = builder
  .objectRef<{ type: string; count: number }>('OrganizationTypeCount')
  .implement({
    fields: (t) => ({
      type: t.field({ type: OrganizationTypeEnum, resolve: (r) => r.type as never }),
      count: t.exposeInt('count'),
    }),
  });

const CenterCount = builder
  .objectRef<SubtreeStats['centers'][number]>('ServiceCenterCount')
  .implement({
    fields: (t) => ({
      kind: t.field({ type: CenterKindEnum, resolve: (r) => r.kind }),
      status: t.field({ type: CenterStatusEnum, resolve: (r) => r.status }),
      count: t.exposeInt('count'),
    }),
  });

const CenterStats = builder.objectRef<SubtreeStats>('ServiceCenterStats').implement({
  description: 'Centers (党群服务中心) and stations (党群服务站) of a subtree.',
  fields: (t) => ({
    total: t.int({ resolve: (s) => centerSummary(s).total }),
    open: t.int({ resolve: (s) => centerSummary(s).open }),
    centers: t.int({ resolve: (s) => centerSummary(s).centers }),
    stations: t.int({ resolve: (s) => centerSummary(s).stations }),
    openCenters: t.int({ resolve: (s) => centerSummary(s).openCenters }),
    openStations: t.int({ resolve: (s) => centerSummary(s).openStations }),
    buildRate: t.float({
      nullable: true,
      description:
        '建成率: OPEN among those PLANNED, UNDER_CONSTRUCTION or OPEN (0..1); null when there are none.',
      resolve: (s) => centerSummary(s).buildRate,
    }),
    byKindAndStatus: t.field({ type: [CenterCount], resolve: (s) => s.centers }),
  }),
});

interface ProjectGroup {
  key: string;
  count: number;
  fundsFen: number;
}

const group = (
  s: SubtreeStats,
  key: (p: SubtreeStats['projects'][number]) => string,
): ProjectGroup[] => {
  const groups = new Map<string, ProjectGroup>();
  for (const p of s.projects) {
    const g = groups.get(key(p)) ?? { key: key(p), count: 0, fundsFen: 0 };
    g.count += p.count;
    g.fundsFen += p.fundsFen;
    groups.set(g.key, g);
  }
  return [...groups.values()];
};

const ProjectStatusCount = builder.objectRef<ProjectGroup>('ProjectStatusCount').implement({
  fields: (t) => ({
    status: t.field({ type: ProjectStatusEnum, resolve: (g) => g.key as never }),
    count: t.exposeInt('count'),
    funds: t.float({ description: 'Yuan (元).', resolve: (g) => yuan(g.fundsFen) }),
  }),
});

const ProjectKindCount = builder.objectRef<ProjectGroup>('ProjectKindCount').implement({
  fields: (t) => ({
    kind: t.field({ type: ProjectKindEnum, resolve: (g) => g.key as never }),
    count: t.exposeInt('count'),
    funds: t.float({ description: 'Yuan (元).', resolve: (g) => yuan(g.fundsFen) }),
  }),
});

const ProjectStats = builder.objectRef<SubtreeStats>('ProjectStats').implement({
  description: 'Projects led by the organization or anything below it.',
  fields: (t) => ({
    total: t.int({ resolve: (s) => projectSummary(s).total }),
    funds: t.float({
      description: 'Yuan (元), all statuses.',
      resolve: (s) => yuan(projectSummary(s).fundsFen),
    }),
    byStatus: t.field({ type: [ProjectStatusCount], resolve: (s) => group(s, (p) => p.status) }),
    byKind: t.field({ type: [ProjectKindCount], resolve: (s) => group(s, (p) => p.kind) }),
  }),
});

export const StatsRef = builder.objectRef<ScopedStats>('SubtreeStats').implement({
  description:
    'Figures of a whole subtree, read from counters maintained with every write (one read, no counting).',
  fields: (t) => ({
    organizations: t.exposeInt('organizations', {
      description: 'Organizations below (the organization itself not counted).',
    }),
    organizationsByType: t.field({ type: [TypeCount], resolve: (s) => s.organizationsByType }),
    children: t.exposeInt('children', { description: 'Direct children.' }),
    serviceCenters: t.field({ type: CenterStats, resolve: (s) => s }),
    projects: t.field({ type: ProjectStats, resolve: (s) => s }),
  }),
});
