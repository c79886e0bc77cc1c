/** The board's handling, the governance calendar and reporting back: pure domain. */
export * from './model';
export * from './dates';
export * from './due';
export * from './reportingBack';
export * from './validation';
export * from './history';
export * from './pack';
