import type {
  CommitmentStatus,
  GeoPoint,
  GovernanceImport,
  ImportedGrid,
  ImportedMember,
  ImportedRequest,
  ImportedStep,
  Organization,
  RequestSource,
  StaffRole,
} from '@grassroots/core';
import { drawDemoBoundaries, locateDemoRequests } from './boundaries.ts';
import { seededRandom } from './random.ts';

/**
 * Grids, members reporting to them and residents' requests for the demo regions, at a scale
 * that shows the articles' figures: 库伦旗 collected 428 requests (收集群众诉求428件次); party
 * members are 42.1% of Chifeng's grid workers (网格员队伍中党员占比达42.1%); 乌达区 set up 70
 * grid branches (成立网格党支部70个) and 60-odd in-service members serve as red building and
 * unit heads (在职党员担任红色楼栋长和红色单元长60余人); Wuhai has 786 grids (全覆盖设置网格786个,
 * with `--full`). The 九家子村 power-line request is the article's own; everything else is
 * generated, named （示例） or （生成）, from a fixed seed, so every load is the same.
 */
export const GOVERNANCE_FIGURES = {
  kulunRequests: 428,
  chifengPartyShare: 0.421,
  wudaGrids: 70,
  wudaBuildingHeads: 40,
  wudaUnitHeads: 22,
  wuhaiGridsFull: 786,
} as const;

export interface DemoTree {
  /** Every organization the demo created. */
  organizations: Organization[];
  /** Ids of the organizations with a `key` in the demo data. */
  keys: Map<string, string>;
  /** Where the organizations with a service center of their own are (its location). */
  locations?: ReadonlyMap<string, GeoPoint>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Requests are spread over the year before the load. */
const HISTORY_DAYS = 365;

/** The seeded generator with log-normal durations: the same demo on every machine. */
function random(seed: number) {
  const base = seededRandom(seed);
  /** Hours drawn log-normally around a median: most quick, a long tail. */
  const hours = (median: number, spread = 1) => {
    const normal = Math.sqrt(-2 * Math.log(1 - base.next())) * Math.cos(2 * Math.PI * base.next());
    return Math.max(0.2, median * Math.exp(spread * normal));
  };
  return { ...base, hours };
}

const chinaDate = (time: number) => new Date(time + 8 * HOUR).toISOString().slice(0, 10);

const TOPICS: [category: string, titles: string[]][] = [
  ['基础设施', ['村道硬化', '路灯维修', '饮水管道漏水', '危桥加固', '小区停车位不足']],
  ['农业生产', ['灌溉用电', '农资供应', '种植技术指导', '农机具维修', '牲畜防疫']],
  ['社会保障', ['低保申请咨询', '医保报销', '养老金领取', '残疾人补贴']],
  ['环境卫生', ['垃圾清运不及时', '污水外溢', '秸秆焚烧', '小区绿化']],
  ['矛盾纠纷', ['邻里纠纷调解', '土地承包纠纷', '物业纠纷']],
  ['教育医疗', ['就医预约', '学生入学咨询', '村卫生室药品']],
];
const DEPARTMENTS = ['旗农牧局', '旗住建局', '旗民政局', '旗卫健委', '旗水利局', '镇综治办'];
const COMMITMENTS = [
  '每月走访联系楼栋住户',
  '参与小区环境整治',
  '帮扶一户困难家庭',
  '协助调解邻里纠纷',
  '宣传惠民政策',
];

const PLACE_TYPES = ['VILLAGE_COMMITTEE', 'COMMUNITY_COMMITTEE'];

export function governanceDemo(
  tree: DemoTree,
  { full = false, now = new Date() }: { full?: boolean; now?: Date } = {},
): GovernanceImport {
  const rnd = random(20210701);
  // hand-down choices draw from their own sequence, leaving every other choice as it was
  const handDown = random(20210702);
  // ids are random and siblings were written in parallel: walk them by name, so every load
  // draws the same numbers for the same places
  const organizations = [...tree.organizations].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const key = (k: string) => {
    const id = tree.keys.get(k);
    const org = id ? byId.get(id) : undefined;
    if (!org) throw new Error(`The demo data has no organization with key ${k}.`);
    return org;
  };
  const children = (org: Organization) => tree.organizations.filter((o) => o.parentId === org.id);
  const under = (root: Organization) =>
    tree.organizations.filter((o) => o.path.startsWith(root.path));
  const invented = (name: string) => (name.includes('（生成）') ? '（生成）' : '（示例）');
  const bare = (name: string) => name.replace(/（示例）|（生成）/g, '');

  // grids: one per grid branch a place already has, otherwise one to three of its own
  const grids: ImportedGrid[] = [];
  const regionOf = new Map<number, string>();
  const regions = ['chifeng', 'tongliao', 'alxa', 'wuhai'].map((k) => [k, key(k)] as const);
  const addGrid = (place: Organization, name: string, branchId: string | null = null) => {
    const staff: ImportedGrid['staff'] = [
      ...(['HEAD', 'POLICE', 'SPECIALIST'] as StaffRole[]),
      ...Array.from({ length: rnd.int(1, 3) }, () => 'PART_TIME' as StaffRole),
    ].map((role, i) => ({
      role,
      name: `${['网格长', '网格警', '专职网格员'][i] ?? '兼职网格员'}${grids.length + 1}-${i + 1}（生成）`,
      phone: role === 'HEAD' ? `1390000${String(grids.length).padStart(4, '0')}` : null,
      partyMember: false,
    }));
    const region = regions.find(([, root]) => place.path.startsWith(root.path))?.[0] ?? '';
    regionOf.set(grids.length, region);
    grids.push({
      name,
      organizationId: place.id,
      branchId,
      households: rnd.int(80, 400),
      buildings: rnd.int(2, 20),
      staff,
    });
  };
  for (const place of organizations.filter((o) => PLACE_TYPES.includes(o.type))) {
    const branches = children(place).filter((c) => c.type === 'GRID_BRANCH');
    if (branches.length) {
      for (const b of branches) addGrid(place, b.name.replace('党支部', ''), b.id);
    } else {
      const count = place.name.includes('（生成）') ? 1 : rnd.int(1, 3);
      for (let i = 1; i <= count; i++)
        addGrid(place, `${bare(place.name)}第${i}网格${invented(place.name)}`);
    }
  }
  drawDemoBoundaries(grids, organizations, tree.locations ?? new Map());
  if (full) {
    // Wuhai: 786 grids in all; the generated ones go to its communities in turn
    const wuhaiCommunities = under(key('wuhai')).filter((o) => o.type === 'COMMUNITY_COMMITTEE');
    const have = [...regionOf.values()].filter((r) => r === 'wuhai').length;
    for (let i = 0; i < GOVERNANCE_FIGURES.wuhaiGridsFull - have; i++) {
      const place = wuhaiCommunities[i % wuhaiCommunities.length] as Organization;
      addGrid(place, `${bare(place.name)}网格${i + 1}（生成）`);
    }
  }
  // party members among grid workers: Chifeng's at the reported 42.1%, grid heads first;
  // a few more part-timers where the staff's size cannot show 42.1% (it takes 19, 38, …)
  const share = (region: string) =>
    region === 'chifeng' ? GOVERNANCE_FIGURES.chifengPartyShare : 0.5;
  const shows = (people: number, target: number) =>
    Math.round((Math.round(people * target) / people) * 1000) === Math.round(target * 1000);
  const chifengGrids = grids.filter((_, i) => regionOf.get(i) === 'chifeng');
  for (let extra = 0; chifengGrids.length; extra++) {
    const people = chifengGrids.reduce((sum, g) => sum + g.staff.length, 0);
    if (shows(people, share('chifeng'))) break;
    const smallest = chifengGrids.reduce((a, b) => (b.staff.length < a.staff.length ? b : a));
    smallest.staff.push({
      role: 'PART_TIME',
      name: `兼职网格员${extra + 1}（生成）`,
      phone: null,
      partyMember: false,
    });
  }
  for (const [region] of regions) {
    const staff = grids
      .filter((_, i) => regionOf.get(i) === region)
      .flatMap((g) => g.staff)
      .map((s) => ({ s, order: (s.role === 'HEAD' ? 0 : 1) + rnd.next() }))
      .sort((a, b) => a.order - b.order)
      .map(({ s }) => s);
    const party = Math.round(staff.length * share(region));
    staff.forEach((s, i) => {
      s.partyMember = i < party;
    });
  }
  const gridsOf = (place: Organization) =>
    grids.flatMap((g, i) => (g.organizationId === place.id ? [i] : []));
  const gridsUnder = (root: Organization) =>
    grids.flatMap((g, i) =>
      (byId.get(g.organizationId)?.path ?? '').startsWith(root.path) ? [i] : [],
    );

  // members reporting to grids (双报到): 乌达区's red building and unit heads, and a few more
  const members: ImportedMember[] = [];
  const report = (
    organization: Organization,
    gridIndexes: number[],
    posts: string[],
    prefix: string,
  ) => {
    posts.forEach((post, i) => {
      const statuses: CommitmentStatus[] = [
        'FULFILLED',
        'FULFILLED',
        'FULFILLED',
        'IN_PROGRESS',
        'PLEDGED',
        'DROPPED',
      ];
      members.push({
        name: `${prefix}${String(i + 1).padStart(3, '0')}（生成）`,
        organizationId: organization.id,
        grid: rnd.pick(gridIndexes),
        post,
        duties: post === '红色楼栋长' ? '联系楼栋住户，收集民情，协助网格员处置事项。' : null,
        reportedAt: new Date(now.getTime() - rnd.int(10, HISTORY_DAYS) * DAY),
        commitments: Array.from({ length: rnd.int(1, 2) }, () => ({
          text: rnd.pick(COMMITMENTS),
          status: rnd.pick(statuses),
        })),
      });
    });
  };
  const wuda = key('wuda');
  report(
    key('wuhai-agencies'),
    gridsUnder(wuda),
    [
      ...Array(GOVERNANCE_FIGURES.wudaBuildingHeads).fill('红色楼栋长'),
      ...Array(GOVERNANCE_FIGURES.wudaUnitHeads).fill('红色单元长'),
    ],
    '乌海市直机关在职党员',
  );
  report(
    key('chifeng-agencies'),
    gridsOf(key('linhuang')),
    Array(20).fill('志愿服务岗'),
    '赤峰市直机关在职党员',
  );
  report(
    key('hure-petitions'),
    gridsOf(key('jiujiazi')),
    Array(6).fill('包联服务岗'),
    '库伦旗信访局党员',
  );
  report(
    key('hure-power'),
    gridsOf(key('jiujiazi')),
    Array(4).fill('包联服务岗'),
    '库伦旗农电局党员',
  );

  // requests: the 九家子村 one from the article, then generated ones
  const requests: ImportedRequest[] = [
    jiujiaziPowerLine(key('jiujiazi'), gridsOf(key('jiujiazi'))[0] ?? null),
  ];
  const generate = (
    count: number,
    origins: { org: Organization; weight: number; sources: RequestSource[] }[],
  ) => {
    const total = origins.reduce((sum, o) => sum + o.weight, 0);
    for (let n = 0; n < count; n++) {
      const origin = weighted(origins, rnd.next() * total);
      const [category, titles] = rnd.pick(TOPICS);
      const title = rnd.pick(titles);
      const place = gridsOf(origin.org);
      const received = now.getTime() - rnd.next() * HISTORY_DAYS * DAY;
      const source = rnd.pick(origin.sources);
      requests.push({
        organizationId: origin.org.id,
        grid: place.length && ['VISIT', 'GRID_PATROL'].includes(source) ? rnd.pick(place) : null,
        title: `${title}（生成）`,
        category,
        description: `${bare(origin.org.name)}群众反映：${title}。（生成）`,
        source,
        resident: rnd.next() < 0.3 ? { name: `居民${n + 1}（生成）`, phone: null } : null,
        responsibleLeader: null,
        department: rnd.pick(DEPARTMENTS),
        deadline: chinaDate(received + (rnd.next() < 0.5 ? 15 : 30) * DAY),
        disclosed: rnd.next() < 0.8,
        receivedAt: new Date(received),
        steps: lifecycle(rnd, handDown, byId, origin.org, title, received, now.getTime()),
      });
    }
  };
  const hotline: RequestSource[] = ['HOTLINE', 'HOTLINE', 'WEBSITE', 'WECHAT'];
  const visits: RequestSource[] = ['VISIT', 'GRID_PATROL'];
  generate(GOVERNANCE_FIGURES.kulunRequests - 1, [
    { org: key('hure'), weight: 4, sources: hotline },
    { org: key('liujiazi'), weight: 2, sources: ['VISIT'] },
    { org: key('jiujiazi'), weight: 4, sources: visits },
  ]);
  generate(150, [
    { org: key('niujiayingzi'), weight: 3, sources: visits },
    { org: key('linhuang'), weight: 4, sources: visits },
    { org: key('jingpeng'), weight: 2, sources: ['VISIT', 'WECHAT'] },
    { org: key('songshan'), weight: 1, sources: hotline },
  ]);
  const wuhaiPlaces = under(key('wuhai')).filter((o) => o.type === 'COMMUNITY_COMMITTEE');
  generate(
    100,
    wuhaiPlaces.map((org) => ({ org, weight: 1, sources: visits })),
  );
  locateDemoRequests(requests, grids);
  return { grids, members, requests };
}

/** The entry whose share of the total weights holds `roll`. */
function weighted<T extends { weight: number }>(entries: T[], roll: number): T {
  let rest = roll;
  for (const entry of entries) {
    rest -= entry.weight;
    if (rest < 0) return entry;
  }
  return entries.at(-1) as T;
}

/**
 * The steps of a generated request: accepted within hours, worked on, resolved after a
 * spell that is usually days, closed with the resident's evaluation; some go up one or two
 * levels first, and a level with departments (机关事业单位党组织) hands half of what it
 * holds, from its hotline or from below, to one of them (交办); a few stall. Steps that
 * would lie after `now` have not happened yet.
 */
function lifecycle(
  rnd: ReturnType<typeof random>,
  handDown: ReturnType<typeof random>,
  byId: Map<string, Organization>,
  origin: Organization,
  title: string,
  received: number,
  now: number,
): ImportedStep[] {
  const steps: ImportedStep[] = [];
  let t = received;
  const add = (hours: number, step: Omit<ImportedStep, 'at'>) => {
    t += Math.max(hours * HOUR, 60_000);
    steps.push({ ...step, at: new Date(t) });
  };
  let level = origin;
  const escalations = rnd.next() < 0.3 ? (rnd.next() < 0.3 ? 2 : 1) : 0;
  for (let i = 0; i < escalations; i++) {
    const above = level.parentId ? byId.get(level.parentId) : undefined;
    if (!above) break;
    if (i > 0) add(rnd.hours(24), { to: 'ACCEPTED' });
    add(rnd.hours(24), {
      to: 'ESCALATED',
      reason: `${level.name}研判后本级无法解决，上报${above.name}。（生成）`,
    });
    level = above;
  }
  add(rnd.hours(8), { to: 'ACCEPTED', note: '已受理，明确责任部门和完成时限。（生成）' });
  const departments = [...byId.values()].filter(
    (o) => o.parentId === level.id && o.type === 'AGENCY',
  );
  if (departments.length && handDown.next() < 0.5) {
    const department = departmentFor(title, departments, handDown);
    add(handDown.hours(24), {
      to: 'ASSIGNED',
      toOrganizationId: department.id,
      note: `交办${department.name}办理，限期反馈。（生成）`,
    });
    add(handDown.hours(12), { to: 'ACCEPTED' });
  }
  const stalls = rnd.next() < 0.08;
  add(rnd.hours(12), { to: 'IN_PROGRESS' });
  if (!stalls) {
    add(rnd.hours(escalations ? 240 : 60, 1.1), { to: 'RESOLVED', note: '已办结。（生成）' });
    const roll = rnd.next();
    add(rnd.hours(48), {
      to: 'CLOSED',
      evaluation: roll < 0.78 ? 'SATISFIED' : roll < 0.94 ? 'BASICALLY_SATISFIED' : 'DISSATISFIED',
    });
  }
  return steps.filter((s) => s.at.getTime() < now - 60_000);
}

/**
 * The department a matter goes to: a power bureau (农电局) takes power and lights, the
 * others (信访局, 机关工委) the rest.
 */
function departmentFor(
  title: string,
  departments: Organization[],
  rnd: ReturnType<typeof random>,
): Organization {
  const power = /[电灯]/.test(title);
  const fitting = departments.filter((d) => d.name.includes('电') === power);
  return rnd.pick(fitting.length ? fitting : departments);
}

/**
 * 九家子村两委将群众反映的因耕地未能通电、庄稼不能浇灌的问题上报给了六家子镇党委政府 … 协调争取到
 * 18万元的项目资金, 90余户农户的2000亩耕地拉上了电 (the dates are the demo's).
 */
function jiujiaziPowerLine(village: Organization, grid: number | null): ImportedRequest {
  const at = (date: string) => new Date(`${date}T09:00:00+08:00`);
  return {
    organizationId: village.id,
    grid,
    title: '耕地未能通电，庄稼不能浇灌',
    category: '农业生产',
    description:
      '九家子村90余户农户的2000亩耕地未能通电，庄稼不能浇灌，严重影响农民收入。村两委研究后无法解决，上报六家子镇党委政府。',
    source: 'VISIT',
    responsibleLeader: null,
    department: '旗信访局、旗农电局（包联单位）',
    deadline: '2021-05-31',
    disclosed: true,
    receivedAt: at('2021-03-08'),
    steps: [
      {
        at: at('2021-03-10'),
        to: 'ESCALATED',
        reason: '需要项目资金，嘎查村层面不能解决，上报苏木乡镇党委、政府。',
      },
      { at: at('2021-03-12'), to: 'ACCEPTED', note: '六家子镇党委政府例会研究。' },
      {
        at: at('2021-03-15'),
        to: 'IN_PROGRESS',
        note: '先后联系包联单位旗信访局、旗农电局，协调争取到18万元项目资金。',
      },
      { at: at('2021-05-20'), to: 'RESOLVED', note: '2000亩耕地拉上了电，90余户农户受益。' },
      { at: at('2021-05-25'), to: 'CLOSED', evaluation: 'SATISFIED' },
    ],
  };
}
