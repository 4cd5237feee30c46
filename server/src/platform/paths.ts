import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server package's folder (the one holding its package.json), found by walking up from this module.
 * The same answer whether the sources run through tsx (server/src/platform) or as the bundle
 * (server/dist), so data files, migrations and the web build are found either way.
 */
function serverRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Tandem: cannot find the server folder (no package.json above this module)');
    dir = parent;
  }
  return dir;
}

export const SERVER_ROOT = serverRoot();
export const MIGRATIONS_DIR = path.join(SERVER_ROOT, 'src/db/migrations');
export const VN_ADMIN_DATA_DIR = path.join(SERVER_ROOT, 'data/vn-admin') + path.sep;
export const WEB_DIST = path.resolve(SERVER_ROOT, '../web/dist');
