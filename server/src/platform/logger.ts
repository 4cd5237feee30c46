import pino, { type Logger } from 'pino';
import type { Config } from './config';

/** The process logger: JSON lines (pipe through `pino-pretty` to read them), redacting secrets. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
  });
}
