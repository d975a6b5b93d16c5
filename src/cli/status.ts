// `hoso status`: documents and pages by state, and the failures with their codes.
import type { Command } from 'commander';
import { DEFAULT_QUEUE_PREFIX } from '../queue/prefix.js';

interface StatusFlags {
  redis?: string;
  batch?: string;
  json?: boolean;
  watch?: boolean;
  queuePrefix: string;
}

const WATCH_INTERVAL_MS = 2_000;

export function register(program: Command): void {
  program
    .command('status')
    .description('show queued documents by state, and why failed ones failed')
    .option('--redis <url>', 'Redis URL (default: $REDIS_URL, else redis://127.0.0.1:6379)')
    .option('--batch <name>', 'only the documents enqueued with this --batch')
    .option('--json', 'print JSON: {"counts": {"waiting","active","completed","failed","delayed"}, ...} counting documents')
    .option('--watch', `refresh every ${WATCH_INTERVAL_MS / 1000} s until interrupted`)
    .option('--queue-prefix <prefix>', 'Redis key prefix of the queues', DEFAULT_QUEUE_PREFIX)
    .action(async (flags: StatusFlags) => {
      // Loaded here: the other commands need neither bullmq nor ioredis.
      const { connectBounded, resolveRedisUrl } = await import('../queue/connection.js');
      const { formatStatus, readStatus } = await import('../queue/status.js');
      const client = await connectBounded(resolveRedisUrl(flags.redis));
      const batch = flags.batch ?? null;
      const show = async () => {
        const report = await readStatus(client, flags.queuePrefix, batch);
        if (flags.json) process.stdout.write(`${JSON.stringify(report)}\n`);
        else {
          if (flags.watch && process.stdout.isTTY) process.stdout.write('\x1b[2J\x1b[H');
          process.stdout.write(formatStatus(report));
        }
      };
      try {
        await show();
        if (!flags.watch) return;
        let stopped = false;
        const stop = () => {
          stopped = true;
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        while (!stopped) {
          await new Promise((resolve) => setTimeout(resolve, WATCH_INTERVAL_MS));
          if (!stopped) await show();
        }
      } finally {
        client.disconnect();
      }
    });
}
