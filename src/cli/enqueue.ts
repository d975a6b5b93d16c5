// `hoso enqueue`: add one flow per document to the queue in Redis; workers do the rest.
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { DEFAULT_QUEUE_PREFIX } from '../queue/prefix.js';
import { EXIT } from './exit.js';

interface EnqueueFlags {
  redis?: string;
  out: string;
  batch?: string;
  queuePrefix: string;
}

export function register(program: Command): void {
  program
    .command('enqueue')
    .description('queue documents for `hoso worker` processes on any machine sharing one Redis')
    .argument('<inputs...>', 'files or folders (walked recursively), on a disk every worker can read')
    .requiredOption('-o, --out <dir>', 'output folder, on a disk every worker can write')
    .option('--redis <url>', 'Redis URL (default: $REDIS_URL, else redis://127.0.0.1:6379)')
    .option('--batch <name>', 'a name to follow these documents by with `hoso status --batch`')
    .option('--queue-prefix <prefix>', 'Redis key prefix of the queues', DEFAULT_QUEUE_PREFIX)
    .addHelpText(
      'after',
      '\nDocuments already queued, or whose JSON is already in the output folder, are not added again.\n' +
        'Exit codes: 0 all queued or done, 3 some input failed (see manifest.jsonl), 2 usage error or Redis unreachable.',
    )
    .action(async (inputs: string[], flags: EnqueueFlags) => {
      // Loaded here: the other commands need neither bullmq nor ioredis.
      const { resolveRedisUrl } = await import('../queue/connection.js');
      const { queueLogger } = await import('../queue/log.js');
      const { enqueueDocuments } = await import('../queue/producer.js');
      const summary = await enqueueDocuments(inputs, {
        redisUrl: resolveRedisUrl(flags.redis),
        out: flags.out,
        batch: flags.batch ?? null,
        prefix: flags.queuePrefix,
        config: loadConfig({}),
        log: queueLogger('hoso-enqueue'),
      });
      process.stdout.write(
        `added ${summary.added}, already queued ${summary.queued}, already done ${summary.done}, failed ${summary.failed}\n`,
      );
      process.exitCode = summary.failed > 0 ? EXIT.failed : EXIT.ok;
    });
}
