export * from './CollapsibleSection';
