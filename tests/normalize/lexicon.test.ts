import { describe, expect, it } from 'vitest';
import { loadLexicon, parseLexicon } from '../../src/normalize/lexicon.js';

describe('domain lexicon', () => {
  it('reads term and kind by header, skipping blanks and comments, in NFC', () => {
    const text = 'term\tkind\texpansion\n# comment\nHTX\tacronym\tHợp tác xã\n\nLie\u0302n minh Hợp tác xã\torganisation\n';
    expect(parseLexicon(text)).toEqual([
      { term: 'HTX', kind: 'acronym' },
      { term: 'Liên minh Hợp tác xã', kind: 'organisation' },
    ]);
  });

  it('collects acronyms from their kind and from all-caps single terms', () => {
    const lexicon = loadLexicon(undefined, [new URL('./fixtures/lexicon.tsv', import.meta.url).pathname]);
    expect(lexicon.kept.has('HOAN')).toBe(true);
    expect(lexicon.entries.map((entry) => entry.term)).toContain('Khau Vai');
  });

  it('keeps units as written, by their kind', () => {
    const lexicon = loadLexicon(undefined, [new URL('./fixtures/lexicon.tsv', import.meta.url).pathname]);
    expect(lexicon.kept.has('km2')).toBe(true);
    expect(lexicon.kept.has('Khau Vai')).toBe(false);
  });
});
