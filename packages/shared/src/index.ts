export * from './roles';
export * from './common';
export * from './auth';
export * from './workspaces';
export * from './api-keys';
export * from './events';
