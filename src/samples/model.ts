// The generated document before layout: what is written, and the labels scored against hoso's output.
import type { DocumentType } from '../document.js';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface Run {
  text: string;
  style: FontStyle;
}

/** A paragraph of the body: wrapped to the text width, first line indented unless centred. */
export interface Block {
  runs: Run[];
  align: 'justify' | 'center';
  indent: boolean;
}

export interface SampleDocument {
  documentType: DocumentType;
  /** Upper case as printed; "\n" marks a line break. */
  issuer: { parent: string | null; name: string };
  /** The number, e.g. "514/KH-LMHTX". */
  number: string;
  /** The number as printed after "Số:", sometimes with a stray space ("514 /KH-LMHTX"). */
  numberAsPrinted: string;
  place: string;
  /** ISO date, or null when the day is left blank on the form. */
  date: string | null;
  /** "ngày 29 tháng 01 năm 2026". */
  dateText: string;
  /** "KẾ HOẠCH", or null for a letter (công văn). */
  typeLine: string | null;
  /** The trích yếu: under the type line, or "V/v …" under the number in a letter. */
  summary: string;
  /** "Kính gửi: …" of a letter. */
  addressee: string | null;
  body: Block[];
  recipients: string[];
  signature: { lines: string[]; name: string };
  /** The text around the stamp ring. */
  stampText: string;
  topLevelSections: number;
  /** Numbered documents the text cites (laws cited without a number are left out). */
  references: Array<{ type: string; number: string; date: string; issuer: string }>;
  /** The campaign period the text states, ISO dates, or null. */
  campaignPeriod: { from: string; to: string } | null;
}

export const para = (text: string, style: FontStyle = 'regular'): Block => ({
  runs: [{ text, style }],
  align: 'justify',
  indent: true,
});

export const centered = (text: string, style: FontStyle = 'bold'): Block => ({
  runs: [{ text, style }],
  align: 'center',
  indent: false,
});

/** A paragraph that opens with a label in another style: "Điều 1.", "Một là,", "2. Thời gian thi đua:". */
export const labelled = (label: string, text: string, labelStyle: FontStyle = 'bold'): Block => ({
  runs: [
    { text: label, style: labelStyle },
    { text, style: 'regular' },
  ],
  align: 'justify',
  indent: true,
});
