// The domain lexicon: UTF-8 TSV files with a `term\tkind` header, one correctly marked term or
// phrase per line. Phrases boost the decoder; acronyms and units are kept exactly as written.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Kinds of term kept exactly as written, never restored, and no phrase for the model to learn. */
export const KEPT_KINDS: ReadonlySet<string> = new Set(['acronym', 'unit']);

export interface LexiconEntry {
  term: string;
  kind: string;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** Terms never restored into syllables: acronyms (HTX, UBND, OCOP) and units written with digits (m2, km2). */
  kept: Set<string>;
}

/** Entries of one TSV text; lines without a term, the header and # comments are skipped. */
export function parseLexicon(text: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const lines = text.split(/\r?\n/u);
  const header = lines[0]?.split('\t') ?? [];
  const termAt = Math.max(0, header.indexOf('term'));
  const kindAt = header.indexOf('kind');
  for (const line of lines.slice(header.includes('term') ? 1 : 0)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    const term = (cells[termAt] ?? '').normalize('NFC').trim();
    if (term) entries.push({ term, kind: (kindAt >= 0 ? cells[kindAt] : '')?.trim() ?? '' });
  }
  return entries;
}

/** Every *.tsv of `folder` (if it exists) and the extra files, merged. */
export function loadLexicon(folder: string | undefined, files: string[] = []): Lexicon {
  const paths: string[] = [];
  if (folder && existsSync(folder)) {
    for (const name of readdirSync(folder).sort()) if (name.endsWith('.tsv')) paths.push(join(folder, name));
  }
  paths.push(...files);
  const entries = paths.flatMap((path) => parseLexicon(readFileSync(path, 'utf8')));
  const kept = new Set<string>();
  for (const { term, kind } of entries) {
    if (KEPT_KINDS.has(kind) || (/^[\p{Lu}\d]{2,}$/u.test(term) && !term.includes(' '))) kept.add(term);
  }
  return { entries, kept };
}
