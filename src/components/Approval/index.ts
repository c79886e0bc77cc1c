export * from './ApprovalPanel';
export * from './ApprovalHistory';
export * from './rules';
