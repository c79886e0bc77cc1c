export * from './format';
export * from './assessment';
export * from './LinkedText';
