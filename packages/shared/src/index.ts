export * from './roles';
export * from './common';
export * from './auth';
export * from './workspaces';
export * from './api-keys';
export * from './events';
export * from './customers';
export * from './vn';
