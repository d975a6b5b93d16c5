// What every sandboxed processor process shares: its config, read once from what the worker
// forwarded, and the mapping of errors onto BullMQ's retry rules.
import { UnrecoverableError } from 'bullmq';
import { loadConfig, type Config, type ConfigFlags } from '../src/config.js';
import { toHosoError, type ErrorCode } from '../src/errors.js';
import { WORKER_FLAGS_ENV, formatFailure } from '../src/queue/jobs.js';

// A processor process lives as long as its worker: if the worker dies, even by SIGKILL, the
// IPC channel closes and this process must not linger holding an OCR engine.
process.on('disconnect', () => process.exit(0));

let config: Config | undefined;

/** Config for this process: the worker's flags, one OCR thread (parallelism comes from processes). */
export function processorConfig(): Config {
  if (!config) {
    const raw = process.env[WORKER_FLAGS_ENV];
    const flags = raw ? (JSON.parse(raw) as ConfigFlags) : {};
    config = loadConfig({ ...flags, ocrWorkers: 1 }, process.env);
  }
  return config;
}

/**
 * The error a processor throws: input errors are unrecoverable (BullMQ does not retry what
 * cannot succeed); anything else is retried with backoff. The message carries the stable code.
 */
export function jobError(error: unknown, fallback: ErrorCode): Error {
  const failure = toHosoError(error, fallback);
  const message = formatFailure(failure.code, failure.message);
  return failure.isInputError ? new UnrecoverableError(message) : new Error(message);
}
