// chartSetup is deliberately not re-exported: it must stay behind import() to keep chart.js out of the first bundle.
export * from './KpiTrendChart';
export * from './contrast';
export * from './trendData';
