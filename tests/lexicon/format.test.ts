// Checks the hand-written domain lexicon in dictionaries/lexicon/: every file must load
// cleanly in the restorer, and the province lists must be complete.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const lexiconDir = fileURLToPath(new URL('../../dictionaries/lexicon/', import.meta.url));

/** The kinds each file may use; a file not listed here is an error. */
const kindsByFile: Record<string, readonly string[]> = {
  'provinces.tsv': ['province', 'province-old', 'province-alias'],
  'districts.tsv': ['district'],
  'organisations.tsv': ['organisation'],
  'doc-types.tsv': ['doc-type'],
  'vocabulary.tsv': ['vocabulary'],
  'titles.tsv': ['title'],
  'acronyms.tsv': ['acronym'],
  'names.tsv': ['family-name', 'name-part'],
  'units.tsv': ['unit'],
};

interface Row {
  line: number;
  fields: string[];
}

interface LexiconFile {
  name: string;
  raw: string;
  header: string;
  rows: Row[];
}

function readLexicon(name: string): LexiconFile {
  const raw = readFileSync(lexiconDir + name, 'utf8');
  const lines = raw.split('\n');
  // A well-formed file ends with exactly one newline, so the last split piece is empty.
  const body = lines.at(-1) === '' ? lines.slice(0, -1) : lines;
  const [header = '', ...rest] = body;
  return { name, raw, header, rows: rest.map((text, i) => ({ line: i + 2, fields: text.split('\t') })) };
}

const tsvFiles = readdirSync(lexiconDir).filter((f) => f.endsWith('.tsv')).sort();
const lexicons = tsvFiles.map(readLexicon);

/** Latin letters (all Vietnamese letters are Latin script), digits and the few marks terms use. */
const allowedText = /^[\p{Script=Latin}\p{Nd} .,\-/&'():]+$/u;

/** New-style tone placement on an open oa/oe/uy syllable ("hoà", "thuỷ"), as a capture of the pieces. */
const newStyleSyllable = /^(?<onset>[^\s\p{P}]*?)(?<first>[oOuU])(?<second>[aAeEyY])(?<tone>[\u0300\u0301\u0303\u0309\u0323])$/u;

/** The old-style spelling government documents use ("hòa", "thủy") for a term written in the new style. */
function toOldStyle(term: string): string {
  return term
    .split(/(\P{L}+)/u)
    .map((piece) => {
      const match = newStyleSyllable.exec(piece.normalize('NFD'));
      if (!match?.groups || /[qQ]$/.test(match.groups.onset ?? '')) return piece;
      const { onset, first, second, tone } = match.groups;
      return `${onset}${first}${tone}${second}`.normalize('NFC');
    })
    .join('');
}

describe('domain lexicon files', () => {
  it('holds exactly the expected TSV files', () => {
    expect(tsvFiles).toEqual(Object.keys(kindsByFile).sort());
  });

  for (const file of lexicons) {
    describe(file.name, () => {
      const isAcronyms = file.name === 'acronyms.tsv';

      it('is plain UTF-8 with LF line ends, no BOM, no blank lines, one final newline', () => {
        expect(file.raw.charCodeAt(0)).not.toBe(0xfeff);
        expect(file.raw).not.toContain('\r');
        expect(file.raw.endsWith('\n')).toBe(true);
        expect(file.raw.endsWith('\n\n')).toBe(false);
        expect(file.rows.filter((r) => r.fields.join('') === '').map((r) => r.line)).toEqual([]);
      });

      it('has the right header', () => {
        expect(file.header).toBe(isAcronyms ? 'term\tkind\texpansion' : 'term\tkind');
      });

      it('has the right number of columns on every row', () => {
        const bad = file.rows.filter((r) =>
          isAcronyms ? r.fields.length < 2 || r.fields.length > 3 : r.fields.length !== 2,
        );
        expect(bad.map((r) => `${r.line}: ${r.fields.join(' | ')}`)).toEqual([]);
      });

      it('uses only the kinds allowed for this file', () => {
        const allowed = kindsByFile[file.name] ?? [];
        const bad = file.rows.filter((r) => !allowed.includes(r.fields[1] ?? ''));
        expect(bad.map((r) => `${r.line}: ${r.fields[1]}`)).toEqual([]);
      });

      it('writes every field in NFC, trimmed, with single spaces and only expected characters', () => {
        const bad: string[] = [];
        for (const { line, fields } of file.rows) {
          fields.forEach((field, column) => {
            const optionalEmpty = column === 2 && field === '';
            if (optionalEmpty) return;
            if (field !== field.normalize('NFC')) bad.push(`${line}: not NFC: ${field}`);
            if (field !== field.trim() || /\s\s/u.test(field) || field === '') {
              bad.push(`${line}: stray whitespace: "${field}"`);
            }
            if (!allowedText.test(field)) bad.push(`${line}: unexpected character in: ${field}`);
          });
        }
        expect(bad).toEqual([]);
      });

      it('lists no term twice under the same kind (ignoring case)', () => {
        const seen = new Map<string, number>();
        const duplicates: string[] = [];
        for (const { line, fields } of file.rows) {
          const key = `${(fields[0] ?? '').toLowerCase()}\t${fields[1]}`;
          const first = seen.get(key);
          if (first !== undefined) duplicates.push(`${line} repeats ${first}: ${fields[0]}`);
          else seen.set(key, line);
        }
        expect(duplicates).toEqual([]);
      });

      // Same kind, except that provinces.tsv keeps variant spellings under province-alias
      // so the bare-name kinds count units, not spellings.
      it('pairs every new-style tone placement (hoà, thuỷ) with its old-style line (hòa, thủy)', () => {
        const terms = new Set(file.rows.map((r) => r.fields[0]));
        const unpaired = file.rows
          .map((r) => ({ term: r.fields[0] ?? '', line: r.line }))
          .filter(({ term }) => toOldStyle(term) !== term && !terms.has(toOldStyle(term)))
          .map(({ term, line }) => `${line}: ${term} without ${toOldStyle(term)}`);
        expect(unpaired).toEqual([]);
      });
    });
  }
});

describe('provinces.tsv', () => {
  const provinces = lexicons.find((f) => f.name === 'provinces.tsv');
  const termsOfKind = (kind: string): string[] =>
    (provinces?.rows ?? []).filter((r) => r.fields[1] === kind).map((r) => r.fields[0] ?? '');

  it('lists the 63 provinces and cities before the 2025 merger by bare name', () => {
    const old = termsOfKind('province-old');
    expect(old).toHaveLength(63);
    expect(old).toEqual(expect.arrayContaining(['Sơn La', 'Đắk Nông', 'Thừa Thiên Huế', 'Bà Rịa - Vũng Tàu', 'Hà Giang', 'Bắc Kạn']));
  });

  it('lists the 34 units after the 2025 merger by bare name', () => {
    const current = termsOfKind('province');
    expect(current).toHaveLength(34);
    const cities = ['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ'];
    const unchanged = ['Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng'];
    expect(current).toEqual(expect.arrayContaining([...cities, ...unchanged]));
    for (const gone of ['Đắk Nông', 'Hà Giang', 'Yên Bái', 'Bình Dương', 'Quảng Nam', 'Kon Tum', 'Thừa Thiên Huế']) {
      expect(current).not.toContain(gone);
    }
  });

  it('names every post-merger unit except Huế after a pre-merger one', () => {
    const old = new Set(termsOfKind('province-old'));
    expect(termsOfKind('province').filter((name) => !old.has(name))).toEqual(['Huế']);
  });

  it('keeps "tỉnh"/"thành phố" prefixes out of the bare-name rows', () => {
    const bare = [...termsOfKind('province'), ...termsOfKind('province-old')];
    expect(bare.filter((name) => /^(tỉnh|thành phố|tp\.?)\s/iu.test(name))).toEqual([]);
  });
});
