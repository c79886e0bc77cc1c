export * from './StatusCard';
export * from './kpiRows';
