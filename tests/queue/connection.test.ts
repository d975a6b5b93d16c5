import { describe, expect, it } from 'vitest';
import { HosoUsageError } from '../../src/config.js';
import { evictionWarning, redactUrl, redisOptionsFromUrl, resolveRedisUrl } from '../../src/queue/connection.js';

describe('Redis connection settings', () => {
  it('takes --redis over REDIS_URL over a local Redis', () => {
    expect(resolveRedisUrl('redis://a:1', { REDIS_URL: 'redis://b:2' })).toBe('redis://a:1');
    expect(resolveRedisUrl(undefined, { REDIS_URL: 'redis://b:2' })).toBe('redis://b:2');
    expect(resolveRedisUrl(undefined, {})).toBe('redis://127.0.0.1:6379');
  });

  it('reads host, port, credentials, database and TLS from the URL', () => {
    expect(redisOptionsFromUrl('rediss://user:p%40ss@queue.example:6380/2')).toMatchObject({
      host: 'queue.example',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
      tls: {},
    });
    expect(redisOptionsFromUrl('redis://[::1]')).toMatchObject({ host: '::1', port: 6379, db: 0, tls: undefined });
  });

  it('rejects what is not a Redis URL as a usage error', () => {
    expect(() => redisOptionsFromUrl('http://host:6379')).toThrow(HosoUsageError);
    expect(() => redisOptionsFromUrl('not a url')).toThrow(HosoUsageError);
  });

  it('never prints the password', () => {
    expect(redactUrl('redis://user:secret@host:6379')).not.toContain('secret');
  });

  it('warns unless Redis is set never to evict keys', () => {
    expect(evictionWarning('noeviction')).toBeNull();
    expect(evictionWarning(null)).toBeNull();
    expect(evictionWarning('allkeys-lru')).toMatch(/allkeys-lru.*noeviction/);
  });
});
