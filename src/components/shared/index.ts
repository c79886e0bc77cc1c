export * from './format';
export * from './assessment';
