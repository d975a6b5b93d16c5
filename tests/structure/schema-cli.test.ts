import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { register } from '../../src/cli/schema.js';
import { documentJsonSchema } from '../../src/document.js';

describe('hoso schema', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the schema-v1 JSON Schema as pretty JSON on stdout', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const program = new Command('hoso').exitOverride();
    register(program);
    await program.parseAsync(['node', 'hoso', 'schema']);
    const output = written.join('');
    expect(JSON.parse(output)).toEqual(documentJsonSchema());
    expect(output).toContain('\n  "$id": "https://hoso.invalid/schema/campaign-document-v1.json"');
    expect(output.endsWith('}\n')).toBe(true);
  });
});
