// Connecting to Redis: a short, bounded try for commands a person waits on (enqueue, status),
// and patient reconnection with backoff for workers, which must outlive a Redis restart.
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import { HosoUsageError } from '../config.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Connection attempts before enqueue and status give up. */
const BOUNDED_ATTEMPTS = 3;
const CONNECT_TIMEOUT_MS = 3_000;
/** Longest pause between a worker's reconnection attempts. */
const MAX_RECONNECT_DELAY_MS = 30_000;

/** The --redis flag, else REDIS_URL, else a local Redis. */
export function resolveRedisUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? (env.REDIS_URL ? env.REDIS_URL : DEFAULT_REDIS_URL);
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** redis://[user:password@]host[:port][/db], or rediss:// for TLS. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HosoUsageError(`--redis must be a URL like redis://host:6379 (got "${url}")`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new HosoUsageError(`--redis must start with redis:// or rediss:// (got "${redactUrl(url)}")`);
  }
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new HosoUsageError(`the database in --redis must be a number (got "${parsed.pathname}")`);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    connectTimeout: CONNECT_TIMEOUT_MS,
  };
}

/** Connection options that BullMQ and ioredis both accept (a retry strategy that never gives up). */
export type PatientRedisOptions = Omit<RedisOptions, 'retryStrategy'> & { retryStrategy: (times: number) => number };

/** Options for a worker's connections: reconnect forever, backing off, and say so in the log. */
export function patientRedisOptions(url: string, log: Logger): PatientRedisOptions {
  let lastLogged = 0;
  return {
    ...redisOptionsFromUrl(url),
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => {
      const delay = Math.min(MAX_RECONNECT_DELAY_MS, 500 * 2 ** Math.min(times, 6)) * (0.75 + Math.random() / 2);
      // Every connection retries on its own; one line per few seconds is enough to read.
      if (Date.now() - lastLogged > 5_000) {
        lastLogged = Date.now();
        log.warn({ redis: redactUrl(url), attempt: times, retryInMs: Math.round(delay) }, 'Redis unreachable, retrying');
      }
      return delay;
    },
  };
}

/**
 * A client for a command someone waits on: a few quick tries, then HosoUsageError (exit 2)
 * with what to do, rather than hanging.
 */
export async function connectBounded(url: string): Promise<Redis> {
  const options = redisOptionsFromUrl(url);
  let lastError: unknown;
  for (let attempt = 1; attempt <= BOUNDED_ATTEMPTS; attempt++) {
    const client = new Redis({ ...options, lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
    // The socket error (ECONNREFUSED, ENOTFOUND, auth) says more than the "connection closed" that follows it.
    let socketError: unknown;
    client.on('error', (error) => {
      socketError ??= error;
    });
    try {
      await client.connect();
      await client.ping();
      return client;
    } catch (error) {
      lastError = socketError ?? error;
      client.disconnect();
      if (attempt < BOUNDED_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new HosoUsageError(
    `cannot reach Redis at ${redactUrl(url)} (${reason}): start Redis there, or pass --redis / set REDIS_URL to one that runs`,
  );
}

/** Redis's eviction policy, or null when the server does not say (INFO restricted). */
export async function evictionPolicy(client: Redis): Promise<string | null> {
  try {
    const info = await client.info('memory');
    return /^maxmemory_policy:(\S+)/m.exec(info)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** A warning to log when Redis may evict queue keys under memory pressure, else null. */
export function evictionWarning(policy: string | null): string | null {
  if (policy === null || policy === 'noeviction') return null;
  return `Redis maxmemory-policy is "${policy}": under memory pressure Redis may evict job keys and lose documents; set it to noeviction (CONFIG SET maxmemory-policy noeviction, and in redis.conf)`;
}
