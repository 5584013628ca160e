export { ProgressChart, type ProgressChartLabels } from './ProgressChart';
export type { ProgressChartData } from './progressSeries';
export { StageFunnel, type StageFunnelLabels } from './StageFunnel';
export { RegionChart, type RegionChartLabels } from './RegionChart';
export { FocusAreaChart, type FocusAreaChartLabels } from './FocusAreaChart';
export { ForecastFan, type ForecastFanLabels } from './ForecastFan';
export { ConversionFunnel, type ConversionFunnelLabels } from './ConversionFunnel';
export { SignUpBars, type SignUpBarsLabels } from './SignUpBars';
