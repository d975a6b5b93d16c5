import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import type { ManifestRecord } from '../../src/output/manifest.js';

/** A stream that is no terminal: progress comes as one line per finished document. */
function plainStream(): { stream: NodeJS.WriteStream; lines: () => string[] } {
  let text = '';
  const stream = { isTTY: false, write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WriteStream;
  return { stream, lines: () => text.split('\n').filter(Boolean) };
}

const record = (path: string, pages: number | null, status: ManifestRecord['status'] = 'ok'): ManifestRecord => ({
  id: null,
  source: { path },
  status,
  output: null,
  error: status === 'failed' ? { code: 'E_INPUT_CORRUPT', message: 'not a PDF' } : null,
  pages,
  ms: 1500,
});

describe('progress lines when stderr is no terminal', () => {
  it('counts documents and names each with its pages, one page in the singular', () => {
    const { stream, lines } = plainStream();
    const progress = createProgress(stream, false);
    progress.onEvent({ type: 'start', files: 3 });
    progress.onEvent({ type: 'document', record: record('a.pdf', 1) });
    progress.onEvent({ type: 'document', record: record('b.pdf', 2) });
    progress.onEvent({ type: 'document', record: record('c.pdf', null, 'failed') });
    expect(lines()).toEqual([
      'hoso: [1/3] ok a.pdf (1 page, 1.5 s)',
      'hoso: [2/3] ok b.pdf (2 pages, 1.5 s)',
      'hoso: [3/3] failed c.pdf (E_INPUT_CORRUPT: not a PDF)',
    ]);
  });

  it('writes nothing when quiet', () => {
    const { stream, lines } = plainStream();
    const progress = createProgress(stream, true);
    progress.onEvent({ type: 'start', files: 1 });
    progress.onEvent({ type: 'document', record: record('a.pdf', 1) });
    expect(lines()).toEqual([]);
  });
});
