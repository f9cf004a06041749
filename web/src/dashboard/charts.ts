import type { EChartsCoreOption } from 'echarts/core';
import type { TranslateFunction } from 'react-admin';
import type { SubtreeStats } from '../dataProvider/index.ts';

// Chart options from rollup figures; labels in the user's language.

export const byTypeChart = (stats: SubtreeStats, t: TranslateFunction): EChartsCoreOption => ({
  tooltip: { trigger: 'item' },
  series: [
    {
      type: 'pie',
      radius: ['35%', '65%'],
      data: stats.organizationsByType
        .filter((entry) => entry.count > 0)
        .map((entry) => ({ name: t(`enums.OrganizationType.${entry.type}`), value: entry.count })),
    },
  ],
});

export const centersChart = (stats: SubtreeStats, t: TranslateFunction): EChartsCoreOption => {
  const s = stats.serviceCenters;
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: {
      type: 'category',
      data: [t('enums.ServiceCenterKind.CENTER'), t('enums.ServiceCenterKind.STATION')],
      axisLabel: { interval: 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('grassroots.dashboard.charts.total'), type: 'bar', data: [s.centers, s.stations] },
      {
        name: t('grassroots.dashboard.charts.open'),
        type: 'bar',
        data: [s.openCenters, s.openStations],
      },
    ],
  };
};

export const buildRateChart = (stats: SubtreeStats, t: TranslateFunction): EChartsCoreOption => ({
  series: [
    {
      type: 'gauge',
      min: 0,
      max: 100,
      progress: { show: true, width: 12 },
      axisLine: { lineStyle: { width: 12 } },
      axisTick: { show: false },
      splitLine: { length: 8, distance: 4 },
      axisLabel: { distance: 16, fontSize: 10 },
      title: { offsetCenter: [0, '75%'] },
      detail: { formatter: '{value}%', fontSize: 20, offsetCenter: [0, '45%'] },
      data: [
        {
          name: t('grassroots.dashboard.charts.buildRate'),
          value: Math.round((stats.serviceCenters.buildRate ?? 0) * 1000) / 10,
        },
      ],
    },
  ],
});

export const statusChart = (stats: SubtreeStats, t: TranslateFunction): EChartsCoreOption => ({
  tooltip: { trigger: 'axis' },
  grid: { left: 40, right: 16, top: 16, bottom: 32 },
  xAxis: {
    type: 'category',
    data: stats.projects.byStatus.map((s) => t(`enums.ProjectStatus.${s.status}`)),
    axisLabel: { interval: 0 },
  },
  yAxis: { type: 'value', minInterval: 1 },
  series: [
    {
      name: t('grassroots.dashboard.charts.count'),
      type: 'bar',
      data: stats.projects.byStatus.map((s) => s.count),
    },
  ],
});

export const fundsChart = (stats: SubtreeStats, t: TranslateFunction): EChartsCoreOption => ({
  tooltip: { trigger: 'item' },
  series: [
    {
      type: 'pie',
      radius: '65%',
      data: stats.projects.byKind
        .filter((k) => k.funds > 0)
        .map((k) => ({ name: t(`enums.ProjectKind.${k.kind}`), value: k.funds })),
    },
  ],
});

/** Requests received and resolved per month (YYYY-MM, China Standard Time), oldest first. */
export const trendChart = (stats: SubtreeStats, t: TranslateFunction): EChartsCoreOption => {
  const months = stats.requests.trend;
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('grassroots.dashboard.charts.received'),
        type: 'bar',
        data: months.map((m) => m.received),
      },
      {
        name: t('grassroots.dashboard.charts.resolved'),
        type: 'line',
        data: months.map((m) => m.resolved),
      },
    ],
  };
};
