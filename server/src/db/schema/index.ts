export * from './platform';
export * from './customers';
export * from './imports';
