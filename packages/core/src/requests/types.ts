/** Where a request came in (服务热线, 门户网站, 微信公众号, 走访, 网格巡查). */
export const REQUEST_SOURCES = ['HOTLINE', 'WEBSITE', 'WECHAT', 'VISIT', 'GRID_PATROL'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

export const REQUEST_SOURCE_LABELS: Record<RequestSource, string> = {
  HOTLINE: '服务热线',
  WEBSITE: '门户网站',
  WECHAT: '微信公众号',
  VISIT: '入户走访',
  GRID_PATROL: '网格巡查',
};

export const REQUEST_STATUSES = [
  'RECEIVED',
  'ACCEPTED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
  'ESCALATED',
  'ASSIGNED',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  RECEIVED: '已收集',
  ACCEPTED: '已受理',
  IN_PROGRESS: '办理中',
  RESOLVED: '已办结',
  CLOSED: '已评议关闭',
  ESCALATED: '已上报',
  ASSIGNED: '已交办',
};

/**
 * The lifecycle. A level accepts what it received (or what was escalated or handed to it),
 * works on it and resolves it; whatever it cannot solve it escalates to the level above
 * (嘎查村 → 苏木乡镇 → 旗县区 → 盟市), where it waits as ESCALATED until that level accepts
 * it. A level may instead hand a request it holds down (交办) to an organization below it, a
 * department (机关事业单位党组织) or a lower level, where it waits as ASSIGNED until that
 * organization accepts it. A resolved request is closed with the resident's evaluation, or
 * reopened.
 */
export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  RECEIVED: ['ACCEPTED', 'ASSIGNED', 'ESCALATED'],
  ESCALATED: ['ACCEPTED', 'ASSIGNED', 'ESCALATED'],
  ASSIGNED: ['ACCEPTED', 'ASSIGNED', 'ESCALATED'],
  ACCEPTED: ['IN_PROGRESS', 'ASSIGNED', 'ESCALATED'],
  IN_PROGRESS: ['RESOLVED', 'ASSIGNED', 'ESCALATED'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: [],
};

/** Statuses of a request still waiting to be solved; only these can be overdue. */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = [
  'RECEIVED',
  'ESCALATED',
  'ASSIGNED',
  'ACCEPTED',
  'IN_PROGRESS',
];
export const isOpenStatus = (status: RequestStatus) => OPEN_REQUEST_STATUSES.includes(status);

/** The resident's evaluation when a request is closed (群众评议). */
export const EVALUATIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;
export type Evaluation = (typeof EVALUATIONS)[number];

export const EVALUATION_LABELS: Record<Evaluation, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
};

/** Counted as satisfied in the satisfaction rate (满意率: 满意 + 基本满意). */
export const SATISFIED_EVALUATIONS: readonly Evaluation[] = ['SATISFIED', 'BASICALLY_SATISFIED'];
