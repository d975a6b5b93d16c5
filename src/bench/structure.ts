// Structure accuracy: structured results against labelled truth (`<sample>.truth.json`), per
// field and overall. A field missing from a label file is not scored.
import type { StructuredFields } from '../structure/types.js';

export const STRUCTURE_FIELDS = [
  'documentType',
  'number',
  'place',
  'date',
  'title',
  'issuerName',
  'topLevelSections',
  'recipients',
  'signerName',
] as const;

export type StructureField = (typeof STRUCTURE_FIELDS)[number];

/** The truth for one document; `recipients` and `topLevelSections` are counts. */
export interface StructureLabels {
  documentType?: string;
  number?: string | null;
  place?: string | null;
  date?: string | null;
  title?: string | null;
  issuerName?: string | null;
  topLevelSections?: number;
  recipients?: number;
  signerName?: string | null;
}

export interface FieldScore {
  correct: number;
  total: number;
  /** correct / total, or null when nothing was scored. */
  accuracy: number | null;
}

export interface StructureScore {
  fields: Record<StructureField, FieldScore>;
  overall: FieldScore;
  /** Per document, the fields that were wrong, for reading the misses. */
  misses: Array<{ id: string; field: StructureField; expected: unknown; actual: unknown }>;
}

export interface ScoredCase {
  id: string;
  result: StructuredFields;
  labels: StructureLabels;
}

/**
 * Strings compare after NFC, white-space squeezing, case folding and one style of quotes (“…” and
 * "…" are the same words); numbers also without spaces.
 */
function sameText(a: string | null, b: string | null, dropSpaces = false): boolean {
  if (a === null || b === null) return a === b;
  const norm = (s: string) => {
    const squeezed = s
      .normalize('NFC')
      .replace(/[“”„‟"]/gu, '"')
      .replace(/\s+/gu, ' ')
      .trim()
      .toLocaleLowerCase('vi');
    return dropSpaces ? squeezed.replace(/\s/gu, '') : squeezed;
  };
  return norm(a) === norm(b);
}

/** What the result says for each scored field. */
export function structureFieldValues(result: StructuredFields): Record<StructureField, string | number | null> {
  return {
    documentType: result.documentType,
    number: result.header.number,
    place: result.header.place,
    date: result.header.date,
    title: result.title,
    issuerName: result.header.issuer?.name ?? null,
    topLevelSections: result.sections.length,
    recipients: result.recipients.length,
    signerName: result.signature?.name ?? null,
  };
}

function fieldCorrect(field: StructureField, actual: string | number | null, expected: string | number | null): boolean {
  if (typeof expected === 'number' || typeof actual === 'number') return actual === expected;
  return sameText(actual, expected, field === 'number');
}

export function scoreStructure(cases: readonly ScoredCase[]): StructureScore {
  const fields = Object.fromEntries(STRUCTURE_FIELDS.map((f) => [f, { correct: 0, total: 0, accuracy: null }])) as Record<
    StructureField,
    FieldScore
  >;
  const misses: StructureScore['misses'] = [];
  for (const { id, result, labels } of cases) {
    const actual = structureFieldValues(result);
    for (const field of STRUCTURE_FIELDS) {
      const expected = labels[field];
      if (expected === undefined) continue;
      fields[field].total += 1;
      if (fieldCorrect(field, actual[field], expected)) fields[field].correct += 1;
      else misses.push({ id, field, expected, actual: actual[field] });
    }
  }
  const overall: FieldScore = { correct: 0, total: 0, accuracy: null };
  for (const field of STRUCTURE_FIELDS) {
    const score = fields[field];
    score.accuracy = score.total === 0 ? null : score.correct / score.total;
    overall.correct += score.correct;
    overall.total += score.total;
  }
  overall.accuracy = overall.total === 0 ? null : overall.correct / overall.total;
  return { fields, overall, misses };
}

/** Read a label file's JSON, keeping only the scored fields of the right types. */
export function parseStructureLabels(json: unknown): StructureLabels {
  if (typeof json !== 'object' || json === null) throw new TypeError('structure labels: expected a JSON object');
  const source = json as Record<string, unknown>;
  const labels: StructureLabels = {};
  for (const field of STRUCTURE_FIELDS) {
    const value = source[field];
    if (value === undefined) continue;
    const counted = field === 'topLevelSections' || field === 'recipients';
    if (counted ? typeof value === 'number' : typeof value === 'string' || value === null) {
      (labels as Record<string, unknown>)[field] = value;
    } else {
      throw new TypeError(`structure labels: ${field} has the wrong type (${typeof value})`);
    }
  }
  return labels;
}
