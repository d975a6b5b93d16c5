#!/usr/bin/env node
// hoso's command line: parse, build config, call the library, map errors to exit codes.
// Data goes to stdout; logs and progress to stderr.
import { Command, CommanderError } from 'commander';
import { HosoUsageError } from '../config.js';
import { HosoError } from '../errors.js';
import { EXIT } from './exit.js';
import { register as registerEnqueue } from './enqueue.js';
import { register as registerEval } from './eval.js';
import { register as registerRestore } from './restore.js';
import { register as registerRun } from './run.js';
import { register as registerSchema } from './schema.js';
import { register as registerStatus } from './status.js';
import { register as registerWorker } from './worker.js';

function buildProgram(): Command {
  const program = new Command('hoso')
    .description('Scanned Vietnamese administrative documents to clean, structured JSON')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerRun,
    registerRestore,
    registerSchema,
    registerEval,
    registerEnqueue,
    registerWorker,
    registerStatus,
  ]) {
    register(program);
  }
  program.commands.forEach((command) => command.exitOverride());
  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version arrive here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof HosoUsageError) {
      process.stderr.write(`hoso: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof HosoError) {
      process.stderr.write(`hoso: ${error.code}: ${error.message}\n`);
      return error.isInputError ? EXIT.failed : EXIT.internal;
    }
    process.stderr.write(`hoso: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}

// A reader that stops early (`hoso restore big.txt | head`) closes the pipe: that ends the
// output, as it does for any Unix tool, not an error with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(EXIT.ok);
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
