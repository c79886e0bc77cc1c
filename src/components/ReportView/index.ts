export * from './ReportView';
