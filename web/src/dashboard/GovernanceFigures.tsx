import { Grid, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { SubtreeStats } from '../dataProvider/index.ts';
import { Chart, Figure } from './Cards.tsx';
import { trendChart } from './charts.ts';
import { EChart } from './EChart.tsx';

const HOURS_SHOWN_AS_HOURS = 48;

/**
 * The governance figures of a subtree, as the articles report them: grid coverage of
 * villages and communities (网格化覆盖率), party members among grid workers, members reported
 * to grids (双报到) and commitments fulfilled; residents' requests received, open, resolved,
 * escalated and overdue, the satisfaction rate, the median time to resolve, and the monthly
 * trend. Every one is a counter the API keeps, read in the same request as the rest.
 */
export const GovernanceFigures = ({ stats }: { stats: SubtreeStats }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: object) => translate(`grassroots.dashboard.${key}`, options);
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const percent = useMemo(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
    [locale],
  );
  const trend = useMemo(() => trendChart(stats, translate), [stats, translate]);
  const share = (value: number | null) => (value === null ? '—' : percent.format(value));
  const duration = (hours: number | null) => {
    if (hours === null) return '—';
    const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return hours < HOURS_SHOWN_AS_HOURS
      ? t('hours', { hours: one.format(hours) })
      : t('days', { days: one.format(hours / 24) });
  };
  const { grids, members, requests } = stats;
  const median = requests.timeToResolve;
  const cell = { xs: 6, md: 2.4 };
  const figures: [key: string, label: string, value: string, note?: string][] = [
    [
      'grids',
      t('grids'),
      number.format(grids.total),
      t('gridsNote', { households: number.format(grids.households) }),
    ],
    [
      'coverage',
      t('coverage'),
      share(grids.coverage),
      t('coverageNote', {
        villages: grids.coveredVillages,
        allVillages: grids.villages,
        communities: grids.coveredCommunities,
        allCommunities: grids.communities,
      }),
    ],
    [
      'party-staff-share',
      t('partyStaffShare'),
      share(grids.partyStaffShare),
      t('partyStaffNote', { party: grids.partyStaff, staff: grids.staff }),
    ],
    [
      'members-reported',
      t('membersReported'),
      number.format(members.reported),
      t('membersReportedNote', { registered: number.format(members.registered) }),
    ],
    [
      'commitments-fulfilled',
      t('commitmentsFulfilled'),
      number.format(members.commitmentsFulfilled),
      t('commitmentsNote', { total: number.format(members.commitments) }),
    ],
  ];
  const requestFigures: [key: string, label: string, value: string, note?: string][] = [
    ['requests-received', t('received'), number.format(requests.received)],
    ['requests-open', t('open'), number.format(requests.open)],
    [
      'requests-resolved',
      t('resolved'),
      number.format(requests.resolved),
      t('closedNote', { closed: number.format(requests.closed) }),
    ],
    ['requests-escalated', t('escalated'), number.format(requests.escalated)],
    ['requests-overdue', t('overdue'), number.format(requests.overdue)],
    [
      'satisfaction-rate',
      t('satisfactionRate'),
      share(requests.satisfactionRate),
      t('satisfactionNote', { evaluated: number.format(requests.evaluated) }),
    ],
    [
      'median-resolve',
      t('medianResolve'),
      duration(median.medianHours),
      median.medianFromHours !== null && median.medianToHours !== null
        ? t('medianNote', {
            from: duration(median.medianFromHours),
            to: duration(median.medianToHours),
          })
        : undefined,
    ],
  ];
  const heading = (text: string) => (
    <Grid size={12}>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {text}
      </Typography>
    </Grid>
  );
  const card = ([key, label, value, note]: (typeof figures)[number]) => (
    <Grid key={key} size={cell}>
      <Figure label={label} value={value} note={note} testId={`figure-${key}`} />
    </Grid>
  );
  return (
    <>
      {heading(t('governance'))}
      {figures.map(card)}
      {heading(t('requestsTitle'))}
      {requestFigures.map(card)}
      <Grid size={12}>
        <Chart
          title={t('charts.trend')}
          empty={
            requests.trend.every((m) => m.received === 0 && m.resolved === 0) && t('empty.trend')
          }
        >
          <EChart option={trend} testId="chart-request-trend" />
        </Chart>
      </Grid>
    </>
  );
};
