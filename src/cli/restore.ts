// `hoso restore [FILE|-] [--json] [--lexicon FILE]`: restores Vietnamese marks and OCR slips
// in a text (stdin by default) and prints it, or one JSON record per token with --json.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { HosoError } from '../errors.js';
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
      if (options.json) {
        for (const record of restorer.explain(text)) process.stdout.write(`${JSON.stringify(record)}\n`);
      } else {
        process.stdout.write(restorer.restore(text).text);
      }
    });
}
