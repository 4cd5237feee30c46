export * from './platform';
export * from './customers';
export * from './imports';
export * from './internal';
export * from './work';
export * from './interactions';
export * from './email';
export * from './notifications';
