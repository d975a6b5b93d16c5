// Wraps structured fields in a whole schema-v1 document, so tests can validate them with the
// same validator the pipeline uses.
import { validateDocument, type CampaignDocument } from '../../src/document.js';
import type { StructuredFields } from '../../src/structure/types.js';

export function wholeDocument(fields: StructuredFields, text: string): CampaignDocument {
  return {
    schemaVersion: '1',
    id: 'doc-0123456789abcdef',
    source: { path: 'test.txt', sha256: '0'.repeat(64), kind: 'text', pages: 1 },
    ...fields,
    text,
    pages: [{ number: 1, source: 'text', confidence: null, text }],
    quality: { ocrConfidence: null, syllables: 0, changed: 0, unknown: 0, lowConfidence: [] },
  };
}

export function schemaErrors(fields: StructuredFields, text = ''): string[] {
  return validateDocument(wholeDocument(fields, text));
}
