// Scores hoso's structured fields against a sample's .truth.json labels: exact match per field
// after whitespace normalisation; sections and recipients are compared as counts.
import type { CampaignDocument } from '../document.js';
import { normalizeForScoring } from './metrics.js';

/** The labels the samples generator writes beside each PDF (the fields scored here). */
export interface StructureLabels {
  documentType: string;
  number: string | null;
  place: string | null;
  date: string | null;
  title: string | null;
  issuerName: string | null;
  topLevelSections: number;
  recipients: number;
  signerName: string | null;
}

export const STRUCTURE_FIELDS = [
  'number', 'place', 'date', 'documentType', 'title', 'issuerName', 'topLevelSections', 'recipients', 'signerName',
] as const;

export type StructureField = (typeof STRUCTURE_FIELDS)[number];

export interface FieldScore {
  field: StructureField;
  expected: string | number | null;
  actual: string | number | null;
  correct: boolean;
}

type Scored = Pick<CampaignDocument, 'documentType' | 'header' | 'title' | 'sections' | 'recipients' | 'signature'>;

function actualValue(doc: Scored, field: StructureField): string | number | null {
  switch (field) {
    case 'number': return doc.header.number;
    case 'place': return doc.header.place;
    case 'date': return doc.header.date;
    case 'documentType': return doc.documentType;
    case 'title': return doc.title;
    case 'issuerName': return doc.header.issuer?.name ?? null;
    case 'topLevelSections': return doc.sections.length;
    case 'recipients': return doc.recipients.length;
    case 'signerName': return doc.signature?.name ?? null;
  }
}

const comparable = (value: string | number | null): string | number | null =>
  typeof value === 'string' ? normalizeForScoring(value) : value;

export function scoreStructure(doc: Scored, labels: StructureLabels): FieldScore[] {
  return STRUCTURE_FIELDS.map((field) => {
    const expected = labels[field];
    const actual = actualValue(doc, field);
    return { field, expected, actual, correct: comparable(expected) === comparable(actual) };
  });
}

export interface FieldAccuracy {
  /** Share of documents with the field right, per field. */
  perField: Record<StructureField, number>;
  /** Share of all (document, field) pairs that are right. */
  overall: number;
  documents: number;
}

export function fieldAccuracy(scores: readonly FieldScore[][]): FieldAccuracy {
  const perField = Object.fromEntries(STRUCTURE_FIELDS.map((f) => [f, 0])) as Record<StructureField, number>;
  let right = 0;
  let total = 0;
  for (const doc of scores) {
    for (const score of doc) {
      total += 1;
      if (score.correct) {
        right += 1;
        perField[score.field] += 1;
      }
    }
  }
  for (const f of STRUCTURE_FIELDS) perField[f] = scores.length === 0 ? 0 : perField[f] / scores.length;
  return { perField, overall: total === 0 ? 0 : right / total, documents: scores.length };
}

/** The scored fields of a parsed .truth.json, or null when it lacks them. */
export function parseStructureLabels(value: unknown): StructureLabels | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown): x is string | null => typeof x === 'string' || x === null;
  if (typeof v.documentType !== 'string' || typeof v.topLevelSections !== 'number' || typeof v.recipients !== 'number') return null;
  if (![v.number, v.place, v.date, v.title, v.issuerName, v.signerName].every(text)) return null;
  return v as unknown as StructureLabels;
}
