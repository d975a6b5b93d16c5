// The structure contract: restored text (and OCR boxes where there are any) in, the schema-v1
// structured fields out (issue 4 fills it in).
import type { CampaignDocument } from '../document.js';
import type { PageText } from '../pages.js';

export type StructuredFields = Pick<
  CampaignDocument,
  'documentType' | 'header' | 'title' | 'preamble' | 'sections' | 'references' | 'campaign' | 'recipients' | 'signature'
>;

export interface StructureInput {
  /** The whole restored text in reading order, pages joined by "\n\n". */
  text: string;
  /** The restored pages; `lines` carry word boxes for OCR'd pages (the non-blank lines of page.text are, in order, `lines`). */
  pages: PageText[];
}
