export * from './messages';
export * from './parseReportText';
export * from './formatReportText';
