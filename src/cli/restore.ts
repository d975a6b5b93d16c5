// `hoso restore [FILE|-] [--json] [--lexicon FILE]`: restores Vietnamese marks and OCR slips
// in a text (stdin by default) and prints it, or one JSON record per token with --json.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { HosoError } from '../errors.js';
import { BLOCK_CHARACTERS, textBlocks } from '../normalize/blocks.js';
import { loadSyllableRestorer } from '../normalize/index.js';

async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  if (!existsSync(file)) throw new HosoError('E_INPUT_NOT_FOUND', `${file} does not exist: check the path`);
  return readFile(file, 'utf8');
}

/** Writes to stdout, waiting while its buffer is full (a slow reader must not make the output pile up in memory). */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function register(program: Command): void {
  program
    .command('restore')
    .description('restore Vietnamese diacritics and OCR errors in a text (stdin by default)')
    .argument('[file]', 'a UTF-8 text file, or - for stdin', '-')
    .option('--json', 'print one JSON record per token: input, output, alternatives with scores')
    .option('--lexicon <file>', 'an extra lexicon TSV (term<TAB>kind), may be repeated', collect, [])
    .action(async (file: string, options: { json?: boolean; lexicon: string[] }) => {
      for (const lexicon of options.lexicon) {
        if (!existsSync(lexicon)) throw new HosoError('E_INPUT_NOT_FOUND', `lexicon ${lexicon} does not exist: check the path`);
      }
      const text = (await readInput(file)).normalize('NFC');
      const restorer = await loadSyllableRestorer({ lexiconFiles: options.lexicon });
      // A bar on a terminal while the output goes to a file, for a text of more than one block.
      const bar = process.stderr.isTTY && !process.stdout.isTTY && text.length > BLOCK_CHARACTERS
        ? new cliProgress.SingleBar({ stream: process.stderr, format: 'hoso restore {bar} {percentage}% | {value}/{total} kB | ETA {eta_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic)
        : undefined;
      bar?.start(Math.ceil(text.length / 1000), 0);
      let done = 0;
      for (const block of textBlocks(text)) {
        if (options.json) await write(restorer.explain(block).map((record) => `${JSON.stringify(record)}\n`).join(''));
        else await write(restorer.restore(block).text);
        done += block.length;
        bar?.update(Math.ceil(done / 1000));
      }
      bar?.stop();
    });
}
