// `hoso schema`: print the JSON Schema of the output (schema v1) on stdout.
import type { Command } from 'commander';
import { documentJsonSchema } from '../document.js';

export function register(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the output documents (schema v1)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
    });
}
