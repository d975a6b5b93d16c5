// `hoso worker`: process queued pages and documents until SIGTERM or SIGINT.
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { DEFAULT_QUEUE_PREFIX } from '../queue/prefix.js';
import { EXIT } from './exit.js';

interface WorkerFlags {
  redis?: string;
  concurrency?: string;
  queuePrefix: string;
  lexicon?: string[];
  engine?: string;
}

/** Time active jobs get to finish after a stop signal; the rest is handed back. Under 30 s in all. */
const GRACE_MS = 20_000;

function nextStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      resolve(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('process queued documents (see `hoso enqueue`); run one or more per machine')
    .option('--redis <url>', 'Redis URL (default: $REDIS_URL, else redis://127.0.0.1:6379)')
    .option('-c, --concurrency <n>', 'pages processed at once, each in its own process (default: one per core)')
    .option('--queue-prefix <prefix>', 'Redis key prefix of the queues', DEFAULT_QUEUE_PREFIX)
    .option('--lexicon <file...>', 'extra lexicon TSV files; give every worker the same ones as `hoso run`')
    .option('--engine <name>', 'OCR engine: tesseractjs (bundled, default) or tesseract (system binary)')
    .addHelpText(
      'after',
      '\nSIGTERM or SIGINT: stop taking jobs, let active ones finish (up to 20 s, then hand them back), exit 0.\n' +
        'While Redis is unreachable the worker keeps retrying and logs it.',
    )
    .action(async (flags: WorkerFlags) => {
      // Loaded here: the other commands need neither bullmq nor ioredis.
      const { resolveRedisUrl } = await import('../queue/connection.js');
      const { queueLogger } = await import('../queue/log.js');
      const { startWorker } = await import('../queue/worker.js');
      const configFlags = { lexicon: flags.lexicon, engine: flags.engine };
      const config = loadConfig({ ...configFlags, concurrency: flags.concurrency });
      const log = queueLogger('hoso-worker');
      const stopSignal = nextStopSignal();
      const worker = startWorker({
        redisUrl: resolveRedisUrl(flags.redis),
        prefix: flags.queuePrefix,
        concurrency: config.concurrency,
        configFlags,
        log,
      });
      const signal = await stopSignal;
      log.info({ signal }, 'stopping: no new jobs; waiting for active ones');
      // A second signal means now.
      void nextStopSignal().then(() => process.exit(EXIT.ok));
      const { released, closed } = await worker.stop(GRACE_MS);
      if (released) log.info({ released }, 'stopped: jobs still running were handed back to the queue');
      else log.info(closed ? 'stopped: active jobs finished' : 'stopped: could not close the Redis connections in time');
      // Sandboxed processes and sockets are closed; do not let a stray handle keep us past the deadline.
      setTimeout(() => process.exit(EXIT.ok), 1_000).unref();
    });
}
