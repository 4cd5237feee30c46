import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every setting Tandem reads from the environment, with its type, default and description.
 * Read once at start-up by `loadConfig`; a bad value stops the process with a message naming it.
 */
const ZConfig = z.object({
  /** HTTP port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** A PostgreSQL server (postgres://user:pass@host:port/db). Unset: the embedded database (PGlite). Secret. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Maximum connections in the pool to a PostgreSQL server. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Folder of the embedded database (and other local state). */
  TANDEM_DATA_DIR: z.string().min(1).default('./data'),
  /** Public address of this Tandem, used in links it sends (invitations, surveys). */
  PUBLIC_URL: z.url().optional(),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Create the demo workspace on the first start of an empty database. */
  TANDEM_DEMO: bool.default(true),
  /** How long a session lives without use, in hours. */
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  /** Wrong passwords in a row before an account is locked. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(3).max(100).default(10),
  /** How long a locked account stays locked, in minutes. */
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Largest accepted JSON body, in bytes. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  /** Mark cookies Secure (behind HTTPS). Defaults to true when PUBLIC_URL is https. */
  COOKIE_SECURE: bool.optional(),
  /**
   * Proxies whose X-Forwarded-For is believed for the client's IP (per-IP rate limits): `false` (default,
   * the socket's address), `true` (any: only when nothing reaches Tandem except through the proxy), or
   * comma-separated addresses/CIDRs such as `127.0.0.1,10.0.0.0/8`.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v): boolean | string => (v === 'true' ? true : v === 'false' ? false : v)),
  /** Run the background job workers in this process. */
  TANDEM_JOBS: bool.default(true),
  /** Read by `bin/tandem.js` before this module loads: `1` runs the TypeScript sources even when the server bundle is current. */
  TANDEM_FROM_SOURCE: bool.default(false),
  /** Largest customer file accepted for import, in bytes (default 1 GiB). */
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 ** 3).default(1024 ** 3),
  /**
   * Folder where uploaded import files wait for their job (default: TANDEM_DATA_DIR/imports). With several
   * app processes it must be shared by all of them (the job may run in another process).
   */
  IMPORT_DIR: z.string().min(1).optional(),
});

export type Config = Omit<z.infer<typeof ZConfig>, 'COOKIE_SECURE' | 'PUBLIC_URL' | 'IMPORT_DIR'> & {
  PUBLIC_URL: string;
  COOKIE_SECURE: boolean;
  IMPORT_DIR: string;
};

/** Thrown for a bad setting; the CLI prints it and exits with status 78 (EX_CONFIG). */
export class ConfigError extends Error {}

/** Parse and check the environment; unknown TANDEM_* variables are reported too, as they are usually typos. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZConfig.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const known = new Set(Object.keys(ZConfig.shape));
  const unknown = Object.keys(env).filter((k) => k.startsWith('TANDEM_') && !known.has(k));
  if (unknown.length > 0) throw new ConfigError(`Unknown setting(s): ${unknown.join(', ')}`);
  const c = parsed.data;
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '');
  return {
    ...c,
    TANDEM_DATA_DIR: path.resolve(c.TANDEM_DATA_DIR),
    IMPORT_DIR: path.resolve(c.IMPORT_DIR ?? path.join(c.TANDEM_DATA_DIR, 'imports')),
    PUBLIC_URL: publicUrl,
    COOKIE_SECURE: c.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
  };
}
