#!/usr/bin/env node
// The `tandem` command. Runs the server bundle (server/dist, made by scripts/ensure-server-build.mjs,
// which `npm start` runs) when it is newer than the sources, and the TypeScript sources through tsx
// otherwise, so there is never a stale build and no build step is required.
import { pathToFileURL } from 'node:url';
import { SERVER_BUNDLE, serverBundleIsCurrent } from './bundle.js';

if (process.env.TANDEM_FROM_SOURCE !== '1' && serverBundleIsCurrent()) {
  await import(pathToFileURL(SERVER_BUNDLE).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
