export * from './text';
export * from './phone';
export * from './tax-code';
