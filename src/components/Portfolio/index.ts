export * from './Portfolio';
export * from './reportingStatus';
