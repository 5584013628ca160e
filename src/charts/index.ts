export { ProgressChart, type ProgressChartLabels } from './ProgressChart';
export type { ProgressChartData } from './progressSeries';
export { StageFunnel, type StageFunnelLabels } from './StageFunnel';
export { RegionChart, type RegionChartLabels } from './RegionChart';
export { FocusAreaChart, type FocusAreaChartLabels } from './FocusAreaChart';
