export * from './compareReports';
export * from './ReportComparison';
