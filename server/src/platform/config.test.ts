import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.PUBLIC_URL).toBe('http://localhost:3000');
    expect(c.COOKIE_SECURE).toBe(false);
    expect(c.TANDEM_DEMO).toBe(true);
  });

  it('stops on a bad value, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must start with postgres/);
    expect(() => loadConfig({ TANDEM_DEMO: 'maybe' })).toThrow(/TANDEM_DEMO/);
  });

  it('rejects unknown TANDEM_ settings, which are usually typos', () => {
    expect(() => loadConfig({ TANDEM_DATADIR: '/tmp/x' })).toThrow(/Unknown setting\(s\): TANDEM_DATADIR/);
  });

  it('derives secure cookies from an https public URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://crm.example.vn/' })).toMatchObject({ PUBLIC_URL: 'https://crm.example.vn', COOKIE_SECURE: true });
  });
});
