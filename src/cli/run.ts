// `hoso run`: the embedded path, one process, no server.
import path from 'node:path';
import type { Command } from 'commander';
import { runBatch } from '../batch.js';
import { loadConfig } from '../config.js';
import { EXIT } from './exit.js';
import { createProgress, formatDuration } from './progress.js';

interface RunFlags {
  out: string;
  concurrency?: string;
  force?: boolean;
  quiet?: boolean;
  lexicon?: string[];
  engine?: string;
}

export function register(program: Command): void {
  program
    .command('run')
    .description('process scanned PDFs, images and old OCR text into schema-v1 JSON, in this process')
    .argument('<inputs...>', 'files or folders (walked recursively)')
    .requiredOption('-o, --out <dir>', 'output folder: <id>.json per document and manifest.jsonl')
    .option('-c, --concurrency <n>', 'documents processed at once (default: one per core)')
    .option('-f, --force', 'reprocess inputs whose output already exists')
    .option('-q, --quiet', 'no progress output')
    .option('--lexicon <file...>', 'extra lexicon TSV files (term<TAB>kind)')
    .option('--engine <name>', 'OCR engine: tesseractjs (bundled, default) or tesseract (system binary)')
    .addHelpText(
      'after',
      '\nExit codes: 0 every input ok or skipped, 3 some input failed (see manifest.jsonl), 2 usage error.',
    )
    .action(async (inputs: string[], flags: RunFlags) => {
      const config = loadConfig({
        concurrency: flags.concurrency,
        force: flags.force,
        quiet: flags.quiet,
        lexicon: flags.lexicon,
        engine: flags.engine,
      });
      const progress = createProgress(process.stderr, config.quiet);
      const controller = new AbortController();
      const onSignal = () => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write('\nhoso: stopping after the documents in progress (Ctrl-C again to quit now)\n');
        controller.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const started = performance.now();
      try {
        const summary = await runBatch({
          inputs,
          outDir: flags.out,
          config,
          onEvent: (event) => progress.onEvent(event),
          signal: controller.signal,
        });
        progress.stop();
        if (!config.quiet) {
          const seconds = (performance.now() - started) / 1000;
          const rate = seconds > 0 ? (summary.pages / seconds) * 60 : 0;
          const parts = [`${summary.ok} ok`, `${summary.skipped} skipped`, `${summary.failed} failed`];
          if (summary.notStarted) parts.push(`${summary.notStarted} not started (interrupted: rerun to resume)`);
          process.stderr.write(
            `hoso: ${summary.files} inputs: ${parts.join(', ')}; ${summary.pages} pages in ${formatDuration(seconds)}` +
              ` (${rate.toFixed(1)} pages/min); manifest ${path.join(flags.out, 'manifest.jsonl')}\n`,
          );
        }
        if (controller.signal.aborted) process.exitCode = 130;
        else process.exitCode = summary.failed > 0 ? EXIT.failed : EXIT.ok;
      } finally {
        progress.stop();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
