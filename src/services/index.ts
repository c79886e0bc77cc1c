export * from './IReportReader';
export * from './ServicesContext';
export * from './useAsyncData';
export * from './hooks';
export * from './createReportReader';
export * from './IEditingServices';
export * from './IProvisioningService';
export * from './messageKeys';
