export * from './StatusReportApp';
export * from './IStatusReportAppProps';
export * from './theme';
