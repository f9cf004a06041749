import { createAccount, type Role, type Session } from '@grassroots/core';

/** Password of the demo accounts below: demo data only, never on a deployed stack. */
export const DEMO_PASSWORD = 'Dangjian2021';

/** Accounts of every role, scoped to organizations the articles name (keys of the demo data). */
export const DEMO_ACCOUNTS: {
  login: string;
  displayName: string;
  role: Role;
  scope: string | null;
}[] = [
  { login: 'wuhai-admin', displayName: '乌海市委组织部管理员', role: 'ORG_ADMIN', scope: 'wuhai' },
  {
    login: 'linyin-admin',
    displayName: '林荫街道党工委管理员',
    role: 'ORG_ADMIN',
    scope: 'linyin',
  },
  { login: 'liujiazi-editor', displayName: '六家子镇党委编辑', role: 'EDITOR', scope: 'liujiazi' },
  // the village below 六家子镇: it receives requests, handles what it can and escalates the rest
  {
    login: 'jiujiazi-editor',
    displayName: '九家子村党组织编辑',
    role: 'EDITOR',
    scope: 'jiujiazi',
  },
  { login: 'chifeng-viewer', displayName: '赤峰市委组织部查看', role: 'VIEWER', scope: 'chifeng' },
  // a banner agency that leads no project and partners in the 九家子村 power line
  {
    login: 'hure-petitions-viewer',
    displayName: '库伦旗信访局党支部查看',
    role: 'VIEWER',
    scope: 'hure-petitions',
  },
];

export async function loadDemoAccounts(session: Session, keys: Map<string, string>) {
  for (const account of DEMO_ACCOUNTS) {
    const scopeOrgId = account.scope ? (keys.get(account.scope) ?? null) : null;
    await createAccount(session, { ...account, scopeOrgId, password: DEMO_PASSWORD });
  }
}
