// `hoso eval DIR [--truth DIR] [--json]`: CER and WER of each document of a run against its truth text.
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { HosoUsageError } from '../config.js';
import { MissingManifestError, evaluateRun } from '../eval/evaluate.js';
import { formatReport, reportJson } from '../eval/format.js';

export function register(program: Command): void {
  program
    .command('eval')
    .description('score the text of a `hoso run` output folder against .truth.txt files (CER, WER, and structure fields)')
    .argument('<dir>', 'output folder of `hoso run` (holds manifest.jsonl)')
    .option('--truth <dir>', 'folder of <name>.truth.txt files (default: beside each source)')
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', '\nExit codes: 0 scored (documents without truth are listed as skipped), 2 no manifest in DIR or no --truth folder.')
    .action(async (dir: string, flags: { truth?: string; json?: boolean }) => {
      if (flags.truth !== undefined && !statSync(flags.truth, { throwIfNoEntry: false })?.isDirectory()) {
        throw new HosoUsageError(`--truth ${flags.truth} is not a folder`);
      }
      let report;
      try {
        report = await evaluateRun(dir, { truthDir: flags.truth });
      } catch (error) {
        if (error instanceof MissingManifestError) throw new HosoUsageError(error.message);
        throw error;
      }
      process.stdout.write(flags.json ? reportJson(report) : formatReport(report));
    });
}
