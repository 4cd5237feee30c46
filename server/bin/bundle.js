// Where the server bundle lives and whether it is newer than every source it was made from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_BUNDLE = path.join(root, 'server/dist/cli.mjs');
const SOURCES = ['server/src', 'packages/shared/src', 'package-lock.json'];

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((name) => newest(path.join(p, name))));
}

export function serverBundleIsCurrent() {
  if (!existsSync(SERVER_BUNDLE)) return false;
  const builtAt = statSync(SERVER_BUNDLE).mtimeMs;
  return SOURCES.every((s) => newest(path.join(root, s)) <= builtAt);
}
