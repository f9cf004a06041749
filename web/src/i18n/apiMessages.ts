/**
 * The API's own sentences in Chinese. The API speaks English, which its client programs read;
 * the console shows these instead wherever it displays one: the message under a field the API
 * refused, and the server's detail under a refusal. Keyed by the sentence itself.
 */
const SENTENCES: Record<string, string> = {
  'A PUBLIC account only reads disclosed requests: give it the VIEWER role.':
    '公开账户只能读取公开的诉求：请给它"查看"角色。',
  'A REGION_ADMIN acts on the whole stack; leave the scope empty.':
    '盟市管理员管理全部数据，管辖范围请留空。',
  'A boundary has at least 3 points.': '网格范围至少需要 3 个拐点。',
  'A person’s account needs a password.': '个人账户需要设置密码。',
  'Already a partner of this project.': '已是该项目的共建单位。',
  'At least 10 characters.': '至少 10 个字符。',
  'At least 50 meters.': '至少 50 米。',
  'At most 1,000,000,000,000 yuan.': '最多 1 万亿元。',
  'At most 10 stars (十星级).': '最多十星级。',
  'At most 20,000 meters (20 km).': '最多 20,000 米（20 公里）。',
  'At most 200 characters.': '最多 200 个字。',
  'At most 30 services.': '最多 30 项服务。',
  'At most 50 honours.': '最多 50 项荣誉。',
  'At most 500 points.': '最多 500 个拐点。',
  'At most two decimals (fen).': '最多两位小数（到分）。',
  'Choose a grid of the organization that received the request.':
    '请选择收集单位（或其下级）的网格。',
  'Choose the organization below this level to hand it to (交办单位).':
    '请选择本级以下的交办单位。',
  'Enter a date as YYYY-MM-DD.': '请按 年-月-日 填写日期，如 2021-06-30。',
  'Enter a mainland mobile number (11 digits, e.g. 13812345678) or a landline with area code (e.g. 0473-1234567).':
    '请填写 11 位手机号（如 13812345678）或带区号的固定电话（如 0473-1234567）。',
  'Enter the six-digit administrative division code (GB/T 2260), e.g. 150400.':
    '请填写 6 位行政区划代码（GB/T 2260），如 150400。',
  'Expected an ISO 8601 date-time.': '时间格式有误（应为 ISO 8601）。',
  'From 0 stars.': '星级不能小于 0。',
  'Latitude runs from -90 to 90.': '纬度应在 -90 到 90 之间。',
  'Longitude runs from -180 to 180.': '经度应在 -180 到 180 之间。',
  'Must be a single line without control characters.': '须为一行文字，不能含控制字符。',
  'Must be a whole number of stars.': '星级须为整数。',
  'Must be a whole number.': '须为整数。',
  'Must be a whole year.': '年份须为整数。',
  'Must be more than 0 meters.': '须大于 0 米。',
  'Must not be before `from`.': '结束日期不能早于开始日期。',
  'Must not be empty.': '不能为空。',
  'Must not be in the future.': '不能晚于今天。',
  'Must not be negative.': '不能为负数。',
  'Must not contain < or > (use 《》 for titles).': '不能含 < 或 >（书名请用《》）。',
  'Must not contain control characters.': '不能含控制字符。',
  'Not a partner of this project.': '不是该项目的共建单位。',
  'Not a refresh token.': '这不是续期令牌。',
  'Not on this grid’s staff; leave the id out to add someone.':
    '此人不在该网格的网格员名单中；新增人员请不要带编号。',
  'Only a person’s account has a password.': '只有个人账户有密码。',
  'Only handing a request down (ASSIGNED) names an organization; an escalation goes to the level above.':
    '只有交办需要选择单位；上报自动交给上一级。',
  'Only an escalation takes a reason; write a note instead.':
    '只有上报需要填写原因；请写在备注中。',
  'Only people log in.': '只有个人账户可以登录。',
  'Only the lead organization and the partners may write progress notes.':
    '只有牵头单位和共建单位可以填写进展。',
  'Record the resident’s evaluation (群众评议) to close it.': '请先记录群众评议，再关闭诉求。',
  'Residents evaluate (群众评议) a completed project; complete it first.':
    '项目完成后才能记录群众评议，请先将项目标为已完成。',
  'Say why this level cannot solve it (上报原因).': '请填写本级无法解决的原因（上报原因）。',
  'Search text must not contain # or :.': '搜索内容不能含 # 或 :。',
  'Send an access token, not a refresh token.': '请使用访问令牌，而不是续期令牌。',
  'Service accounts use tokens, not passwords.': '服务账户使用令牌，没有密码。',
  'Service and public accounts use tokens, not passwords.':
    '服务账户和公开账户使用令牌，没有密码。',
  'The Party was founded in 1921; enter a year from 1921 on.':
    '中国共产党成立于 1921 年，请填写 1921 年以后的年份。',
  'The boundary crosses itself: give the corners in order around the grid.':
    '网格范围的边线交叉了：请沿网格四周依次点选拐点。',
  'The due date must not be before the start date.': '完成日期不能早于开始日期。',
  'The first two digits must be a province-level code of GB/T 2260 (e.g. 15 for 内蒙古).':
    '前两位须为省级行政区划代码（如内蒙古为 15）。',
  'The lead organization is not its own partner.': '牵头单位不能同时是共建单位。',
  'The level above no longer exists; try again.': '上级组织已不存在，请重试。',
  'The organization this account is scoped to no longer exists.': '该账户管辖的组织已不存在。',
  'The resident’s evaluation is recorded when the request is closed.': '群众评议在关闭诉求时记录。',
  'The token has expired; log in again or refresh it.': '令牌已过期，请重新登录。',
  'The token is not valid; log in again.': '令牌无效，请重新登录。',
  'This account is disabled; ask your administrator.': '该账户已停用，请联系管理员。',
  'This cursor does not belong to this list; start again from the first page.':
    '分页位置已失效，请从第一页重新开始。',
  'This date does not exist.': '没有这一天。',
  'This is not your current password.': '当前密码不正确。',
  'This organization is a partner of the project; remove it as partner first.':
    '该组织是项目的共建单位，请先将其移出共建单位。',
  'This service account is disabled.': '该服务账户已停用。',
  'This service token was revoked.': '该服务令牌已作废。',
  'This session has ended; log in again.': '登录已失效，请重新登录。',
  'Tokens are for service and public accounts; people log in.':
    '令牌只签发给服务账户和公开账户；个人账户请登录使用。',
  'Use letters and digits.': '请使用字母和数字。',
  'Whole meters.': '请填写整数米。',
  'Wrong login name or password.': '登录名或密码错误。',
  'You may not change your own role, scope or access; ask another administrator.':
    '不能修改自己的角色、管辖范围或账户状态，请联系其他管理员。',
  'You may not delete the organization your account is scoped to.': '不能删除本账户管辖的组织。',
  'You may not move the organization your account is scoped to.': '不能迁移本账户管辖的组织。',
};

/** Sentences that carry a value (an id, a limit, a status), by their shape. */
const SHAPES: [RegExp, (...values: string[]) => string][] = [
  [/^No organization \S+\.$/, () => '找不到该组织，或它不在您的管辖范围内。'],
  [/^No organization \S+ below this level\.$/, () => '只能交办给本级以下的组织。'],
  [/^No grid \S+\.$/, () => '找不到该网格，或它不在您的管辖范围内。'],
  [/^At most ([\d,]+) characters\.$/, (n) => `最多 ${n} 个字。`],
  [/^At most ([\d,]+) people\.$/, (n) => `最多 ${n} 人。`],
  [/^At most ([\d,]+) meters\.$/, (n) => `最多 ${n} 米。`],
  [/^At most ([\d,]+) commitments a member\.$/, (n) => `每名党员最多 ${n} 项承诺。`],
  [
    /^At most ([\d,]+) partners and served organizations together\.$/,
    (n) => `共建单位与服务对象合计最多 ${n} 个。`,
  ],
  [/^At most ([\d,]+)\.$/, (n) => `最多 ${n}。`],
  [/^Between 1 and (\d+) days\.$/, (n) => `有效期为 1 到 ${n} 天。`],
  [/^Ask for between 0 and (\d+) records a page\.$/, (n) => `每页可取 0 到 ${n} 条。`],
  [/^Each of the .+ only once\.$/, () => '每一项只能选一次。'],
  [/^Choose a GRID_BRANCH of (.+)\.$/, (place) => `请选择「${place}」的网格党支部。`],
  [/^The login name (.+) is taken\.$/, (login) => `登录名 ${login} 已被占用。`],
  [/^You may not .+ outside your organization's subtree\.$/, () => '超出您的管辖范围。'],
  [/^A [A-Z_]+ may not .+\.$/, () => '您的角色无权执行此操作。'],
  [/^A [A-Z_]+ can grant .+\.$/, () => '只能授予不高于您本人的角色。'],
  [/^A [A-Z_]+ needs the organization it is scoped to\.$/, () => '该角色须指定管辖的组织。'],
  [/^Only the member's own organization may .+\.$/, () => '只有党员所在的组织可以这样做。'],
  [
    /^Organization \S+ and everything under it is being moved; try again in a moment\.$/,
    () => '该组织及其下级正在迁移，请稍后重试。',
  ],
  [
    /^The figures of organization \S+ changed while saving; try again\.$/,
    () => '保存时统计数据有变化，请重试。',
  ],
  [
    /^A [A-Z_]+ request has a history and stays on record; only a RECEIVED one can be deleted\.$/,
    () => '该诉求已有办理记录，须存档；只有"已收集"的诉求可以删除。',
  ],
  [
    /^A [A-Z_]+ request is final; nothing more happens to it\.$/,
    () => '该诉求已关闭，不能再办理。',
  ],
  [
    /^A [A-Z_]+ request can move to .+\. There is no level above the one handling it\.$/,
    () => '已是最高一级，不能再上报。',
  ],
  [
    /^A [A-Z_]+ request can move to .+\. There is no level below the one handling it\.$/,
    () => '本级以下不设组织，不能交办。',
  ],
  [/^A [A-Z_]+ request can move to .+, not to .+\.$/, () => '当前状态不能执行这一步。'],
  [/^A [A-Z_]+ (commitment|project) is final; .+\.$/, () => '已是最终状态，不能再变更。'],
  [
    /^A [A-Z_]+ (commitment|project) can move to .+, not to .+\.$/,
    () => '当前状态不能改为所选状态。',
  ],
  [/^A [A-Z_]+ cannot hold .+\.$/, () => '这类组织下不能建立所选类型的组织。'],
  [/^A [A-Z_]+ needs a parent organization; .+\.$/, () => '这类组织须有上级组织。'],
  [/^A [A-Z_]+ has no parent organization\.$/, () => '这类组织没有上级组织。'],
  [/^Grids divide villages and communities .+\.$/, () => '网格只能建在嘎查村或社区下。'],
];

/** The Chinese for one of the API's sentences, or undefined for any other text. */
export function apiMessageInChinese(message: string): string | undefined {
  // the console's own keys (ra.action.save) have no spaces; every sentence has
  if (!message.includes(' ')) return undefined;
  const sentence = SENTENCES[message];
  if (sentence) return sentence;
  for (const [shape, words] of SHAPES) {
    const match = shape.exec(message);
    if (match) return words(...match.slice(1));
  }
  return undefined;
}

/** The sentences translated word for word (a test holds them to what the API says). */
export const TRANSLATED_SENTENCES = Object.keys(SENTENCES);
