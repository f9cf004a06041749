import { Admin, Resource } from 'react-admin';
import { accounts } from './accounts/index.ts';
import { auditLog } from './audit/index.ts';
import { ACCOUNTS, AUDIT_LOG } from './auth/access.ts';
import { createAuthProvider } from './auth/authProvider.ts';
import { LoginPage } from './auth/LoginPage.tsx';
import { storageSessionStore } from './auth/session.ts';
import { createTokens } from './auth/tokens.ts';
import { GRAPHQL_URL } from './config.ts';
import { Dashboard } from './dashboard/Dashboard.tsx';
import { createClient } from './dataProvider/client.ts';
import { createDataProvider, NOTES } from './dataProvider/index.ts';
import { grids } from './grids/index.ts';
import { i18nProvider } from './i18n/index.ts';
import { Layout } from './layout/Layout.tsx';
import { NotFoundPage } from './layout/NotFoundPage.tsx';
import { members } from './members/index.ts';
import { organizations } from './organizations/index.ts';
import { projects } from './projects/index.ts';
import { requests } from './requests/index.ts';
import { serviceCenters } from './serviceCenters/index.ts';
import { consoleStore } from './store.ts';

// Logging in and renewing go out without credentials; everything else with the tokens.
const tokens = createTokens({
  request: createClient({ url: GRAPHQL_URL }),
  store: storageSessionStore(sessionStorage),
});
const authProvider = createAuthProvider(tokens);
const dataProvider = createDataProvider({ url: GRAPHQL_URL, credentials: tokens });
const store = consoleStore();

// Menu order is the order of the resources, after the dashboard (数据概览); accounts and the
// audit trail show only to administrators (authProvider.canAccess).
export const App = () => (
  <Admin
    title="党建引领基层治理"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    catchAll={NotFoundPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="organizations" {...organizations} />
    <Resource name="serviceCenters" {...serviceCenters} />
    <Resource name="projects" {...projects} />
    <Resource name="grids" {...grids} />
    <Resource name="members" {...members} />
    <Resource name="requests" {...requests} />
    <Resource name={ACCOUNTS} {...accounts} />
    <Resource name={AUDIT_LOG} {...auditLog} />
    <Resource name={NOTES} />
  </Admin>
);
