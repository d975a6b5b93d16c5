// The queues' Redis key prefix on its own, so that the CLI can name it in its help without
// loading the queue modules (bullmq and ioredis take a quarter of a second to load).

/** Key prefix of every hoso queue in Redis; a second deployment on one Redis picks another. */
export const DEFAULT_QUEUE_PREFIX = 'hoso';
