export * from './JudgementSummary';
export * from './StatusHistory';
export * from './judgementLabels';
