export * from './model';
export * from './reportingStatus';
export * from './due';
export * from './entries';
export * from './viewState';
export * from './view';
export * from './statusHistory';
