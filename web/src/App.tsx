import { Admin, Resource } from 'react-admin';
import { GRAPHQL_URL } from './config.ts';
import { Dashboard } from './dashboard/Dashboard.tsx';
import { createDataProvider, NOTES } from './dataProvider/index.ts';
import { i18nProvider } from './i18n/index.ts';
import { Layout } from './layout/Layout.tsx';
import { organizations } from './organizations/index.ts';
import { projects } from './projects/index.ts';
import { serviceCenters } from './serviceCenters/index.ts';

const dataProvider = createDataProvider({ url: GRAPHQL_URL });

// Menu order is the order of the resources, after the dashboard (数据概览).
export const App = () => (
  <Admin
    title="党建引领基层治理"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    disableTelemetry
  >
    <Resource name="organizations" {...organizations} />
    <Resource name="serviceCenters" {...serviceCenters} />
    <Resource name="projects" {...projects} />
    <Resource name={NOTES} />
  </Admin>
);
