import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe('./data');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.meili).toBeUndefined();
    expect(config.demoMode).toBe(true);
    expect(config.secureCookies).toBe(false);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: ' ' }).databaseUrl).toBeUndefined();
  });

  it('switches to external services by configuration alone', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://wiki@db:5432/wiki',
      MEILI_HOST: 'http://meili:7700',
      MEILI_API_KEY: 'key',
      REDIS_URL: 'redis://redis:6379',
      SESSION_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://wiki.example.org',
    });
    expect(config.databaseUrl).toBe('postgres://wiki@db:5432/wiki');
    expect(config.meili).toEqual({ host: 'http://meili:7700', apiKey: 'key' });
    expect(config.redisUrl).toBe('redis://redis:6379');
    expect(config.secureCookies).toBe(true);
    expect(config.demoMode).toBe(false);
  });

  it('names every invalid variable in one error', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', REDIS_URL: 'nope' });
      expect.unreachable('loadConfig should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('REDIS_URL');
    }
  });

  it('requires a session secret in production with an external database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/wiki' })).toThrow(/SESSION_SECRET/);
  });

  it('reads the review settings and SMTP only when configured', () => {
    const plain = loadConfig({});
    expect(plain.mail).toBeUndefined();
    expect(plain.reviews).toEqual({ defaultIntervalMonths: 12, sweepMinutes: 60 });
    const withMail = loadConfig({ SMTP_URL: 'smtp://mail.example.org:2525', REVIEW_DEFAULT_MONTHS: '6' });
    expect(withMail.mail).toEqual({
      smtpUrl: 'smtp://mail.example.org:2525',
      from: 'Wissensnetz <wissensnetz@localhost>',
    });
    expect(withMail.reviews.defaultIntervalMonths).toBe(6);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
  });

  it('limits material files to 20 MB unless configured, and refuses tiny or absurd limits', () => {
    expect(loadConfig({}).materials.maxFileBytes).toBe(20 * 1024 * 1024);
    expect(loadConfig({ MATERIAL_MAX_FILE_BYTES: '1048576' }).materials.maxFileBytes).toBe(1_048_576);
    expect(() => loadConfig({ MATERIAL_MAX_FILE_BYTES: '10' })).toThrow(/MATERIAL_MAX_FILE_BYTES/);
    expect(() => loadConfig({ MATERIAL_MAX_FILE_BYTES: 'viel' })).toThrow(/MATERIAL_MAX_FILE_BYTES/);
  });
});
