// PLACEHOLDER until issue 4 lands: every structured field absent.
import { emptyHeader } from '../document.js';
import type { StructuredFields, StructureInput } from './types.js';

export function structureDocument(_input: StructureInput): StructuredFields {
  return {
    documentType: 'khac',
    header: emptyHeader(),
    title: null,
    preamble: null,
    sections: [],
    references: [],
    campaign: null,
    recipients: [],
    signature: null,
  };
}
