import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/app-config';
import { COLLABORATION_TOKEN_TTL_MS, CollaborationTokenService } from './collaboration-token.service';

describe('CollaborationTokenService', () => {
  const config = loadConfig({ SESSION_SECRET: 's'.repeat(40) });
  const tokens = new CollaborationTokenService(config);

  it('verifies its own tokens until they expire', () => {
    const token = tokens.issue('session-1', 1_000);
    expect(tokens.verify(token, 2_000)).toBe('session-1');
    expect(tokens.verify(token, 1_000 + COLLABORATION_TOKEN_TTL_MS + 1)).toBeNull();
  });

  it('is accepted by another instance with the same SESSION_SECRET only', () => {
    const token = tokens.issue('session-1');
    expect(new CollaborationTokenService(config).verify(token)).toBe('session-1');
    expect(new CollaborationTokenService(loadConfig({ SESSION_SECRET: 'o'.repeat(40) })).verify(token)).toBeNull();
  });

  it('rejects tampered and malformed tokens', () => {
    const [payload, signature] = tokens.issue('session-1').split('.');
    const forged = Buffer.from(JSON.stringify({ sid: 'admin-session', exp: Date.now() + 60_000 })).toString(
      'base64url',
    );
    expect(tokens.verify(`${forged}.${signature}`)).toBeNull();
    expect(tokens.verify(`${payload}`)).toBeNull();
    expect(tokens.verify(`${payload}.${signature}.x`)).toBeNull();
    expect(tokens.verify('')).toBeNull();
  });
});
