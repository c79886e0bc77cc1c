export * from './messages';
export * from './parseReportText';
export * from './formatReportText';
export * from './judgementText';
export * from './reportingBackText';
