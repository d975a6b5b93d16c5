// The kind of document: from its type line ("KẾ HOẠCH", "QUYẾT ĐỊNH" …), else from the symbol
// in its number ("14/KH-LMHTX" → KH), else from the shape of the text (a "V/v" letter, a news item).
import { distance } from 'fastest-levenshtein';
import type { DocumentType } from '../document.js';
import { fold, letterCount, upperRatio } from './_internal/fold.js';

// Folded type words, longest first so "thong tu lien tich" wins over "thong tu".
const TYPE_WORDS: ReadonlyArray<[string, DocumentType]> = [
  ['thong tu lien tich', 'khac'],
  ['nghi quyet lien tich', 'khac'],
  ['loi keu goi', 'khac'],
  ['thu keu goi', 'khac'],
  ['ke hoach', 'ke-hoach'],
  ['quyet dinh', 'quyet-dinh'],
  ['phat dong', 'phat-dong'],
  ['bao cao', 'bao-cao'],
  ['thong bao', 'thong-bao'],
  ['cong van', 'cong-van'],
  ['chi thi', 'khac'],
  ['nghi quyet', 'khac'],
  ['nghi dinh', 'khac'],
  ['thong tu', 'khac'],
  ['to trinh', 'khac'],
  ['huong dan', 'khac'],
  ['chuong trinh', 'khac'],
  ['thong tri', 'khac'],
  ['quy che', 'khac'],
  ['quy dinh', 'khac'],
  ['ket luan', 'khac'],
  ['cong dien', 'khac'],
  ['giay moi', 'khac'],
  ['de an', 'khac'],
  ['bien ban', 'khac'],
  ['dieu le', 'khac'],
];

const SYMBOLS: Record<string, DocumentType> = {
  kh: 'ke-hoach',
  qd: 'quyet-dinh',
  bc: 'bao-cao',
  tb: 'thong-bao',
  cv: 'cong-van',
};

/** The document type a type line names, or null when the line is not a type line. */
export function typeLineKind(line: string): DocumentType | null {
  const text = line.trim();
  if (upperRatio(text) < 0.8 || letterCount(text) < 4) return null;
  const words = fold(text).replace(/[^a-z0-9\s]/gu, ' ').split(/\s+/u).filter(Boolean);
  for (const [phrase, kind] of TYPE_WORDS) {
    const size = phrase.split(' ').length;
    const head = words.slice(0, size).join(' ');
    if (head === phrase) return kind;
    // One OCR slip in a two-word type is tolerated ("PHÁT PONG"), not in shorter ones.
    if (size >= 2 && phrase.length >= 7 && distance(head, phrase) === 1 && head.length === phrase.length) return kind;
  }
  return null;
}

/** The type named by the symbol of a document number: "514/KH-LMHTX" → ke-hoach. */
export function typeFromNumber(number: string | null): DocumentType | null {
  if (!number) return null;
  const afterSlash = number.split('/').slice(1).join('/');
  const symbol = fold(afterSlash.split(/[-/]/u)[0] ?? '');
  return SYMBOLS[symbol] ?? null;
}

export interface TypeEvidence {
  typeLine: string | null;
  number: string | null;
  /** A "V/v" subject line was found in the header. */
  hasSubject: boolean;
  hasNationalTitle: boolean;
  hasRecipients: boolean;
  /** There is running text, not just a few scraps. */
  hasBody: boolean;
}

export function detectDocumentType(evidence: TypeEvidence): DocumentType {
  const fromLine = evidence.typeLine ? typeLineKind(evidence.typeLine) : null;
  if (fromLine) return fromLine;
  const fromNumber = typeFromNumber(evidence.number);
  if (fromNumber) return fromNumber;
  if (evidence.hasSubject) return 'cong-van';
  if (evidence.hasBody && !evidence.number && !evidence.hasNationalTitle && !evidence.hasRecipients && !evidence.typeLine) return 'tin-bai';
  return 'khac';
}
