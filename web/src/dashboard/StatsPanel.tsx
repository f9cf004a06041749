import { Grid } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Loading, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useAccount } from '../auth/useAccount.ts';
import type { GrassrootsDataProvider } from '../dataProvider/index.ts';
import { Chart, Figure } from './Cards.tsx';
import { buildRateChart, byTypeChart, centersChart, fundsChart, statusChart } from './charts.ts';
import { EChart } from './EChart.tsx';
import { GovernanceFigures } from './GovernanceFigures.tsx';

/** The rollup figures of a subtree (or the whole region) as cards and drawn charts. */
export const StatsPanel = ({ organizationId }: { organizationId: string | null }) => {
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // an organization's figure counts those below it; only the whole region's counts them all
  const account = useAccount();
  const belowOnly = organizationId !== null || Boolean(account?.scope);
  const { data: stats } = useQuery({
    queryKey: ['stats', organizationId],
    queryFn: () => dataProvider.getStats(organizationId),
  });
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  // 5.6亿 reads better than 560,180,000; the exact amount stays beneath it
  const compact = useMemo(
    () => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }),
    [locale],
  );
  const charts = useMemo(
    () =>
      stats && {
        byType: byTypeChart(stats, translate),
        centers: centersChart(stats, translate),
        buildRate: buildRateChart(stats, translate),
        status: statusChart(stats, translate),
        funds: fundsChart(stats, translate),
      },
    [stats, translate],
  );
  if (!stats || !charts) return <Loading />;
  const centers = stats.serviceCenters;
  const projects = stats.projects;
  const t = (key: string, options?: object) => translate(`grassroots.dashboard.${key}`, options);
  return (
    <Grid container spacing={2} sx={{ mt: 1 }}>
      <Grid size={{ xs: 6, md: 2.4 }}>
        <Figure
          label={t('organizations')}
          value={number.format(stats.organizations)}
          note={belowOnly ? t('belowOnly') : undefined}
          testId="figure-organizations"
        />
      </Grid>
      <Grid size={{ xs: 6, md: 2.4 }}>
        <Figure
          label={t('centers')}
          value={number.format(centers.centers)}
          note={t('openOf', { open: centers.openCenters, total: centers.centers })}
          testId="figure-centers"
        />
      </Grid>
      <Grid size={{ xs: 6, md: 2.4 }}>
        <Figure
          label={t('stations')}
          value={number.format(centers.stations)}
          note={t('openOf', { open: centers.openStations, total: centers.stations })}
          testId="figure-stations"
        />
      </Grid>
      <Grid size={{ xs: 6, md: 2.4 }}>
        <Figure
          label={t('projects')}
          value={number.format(projects.total)}
          testId="figure-projects"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 2.4 }}>
        <Figure
          label={t('funds')}
          value={t('yuan', { amount: compact.format(projects.funds) })}
          note={t('yuan', { amount: number.format(projects.funds) })}
          testId="figure-funds"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Chart title={t('charts.byType')} empty={stats.organizations === 0 && t('empty.byType')}>
          <EChart option={charts.byType} testId="chart-by-type" />
        </Chart>
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <Chart
          title={t('charts.centers')}
          empty={centers.centers + centers.stations === 0 && t('empty.centers')}
        >
          <EChart option={charts.centers} testId="chart-centers" />
        </Chart>
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <Chart
          title={t('charts.buildRate')}
          empty={centers.buildRate === null && t('empty.buildRate')}
        >
          <EChart option={charts.buildRate} testId="chart-build-rate" />
        </Chart>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Chart title={t('charts.byStatus')} empty={projects.total === 0 && t('empty.projects')}>
          <EChart option={charts.status} testId="chart-by-status" />
        </Chart>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Chart
          title={t('charts.fundsByKind')}
          empty={
            (projects.total === 0 && t('empty.projects')) ||
            (projects.funds === 0 && t('empty.funds'))
          }
        >
          <EChart option={charts.funds} testId="chart-funds" />
        </Chart>
      </Grid>
      <GovernanceFigures stats={stats} />
    </Grid>
  );
};
