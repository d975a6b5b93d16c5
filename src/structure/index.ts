// structureDocument: restored text (and OCR boxes) in, the schema-v1 structured fields out.
// The document is cut into zones (header, title, body, closing) and each zone has its parser.
//
// Decisions where the decree leaves room:
// - number: as printed after "Số:", spaces dropped; a blank number keeps its printed symbol
//   ("Số: /KH-LMHTX" → "/KH-LMHTX"), since the symbol is printed, not guessed.
// - date: null when the day or month is blank or unreadable; dateText keeps the printed phrase.
// - preamble: the text between the title and the first numbered part; dashes before it stay in it.
// - sections: dashes and bullets are items inside a numbered part, never top-level parts; the
//   closing sentence ("Trên đây là …") stays in the text of the last part.
// - references: only citations with a document number, plus named laws ("Luật Thi đua, khen
//   thưởng": type holds the name, number null); issuer and date only when printed with them.
// - signature: several authority lines ("TM. THƯỜNG TRỰC", "KT. CHỦ TỊCH") are joined with a space.
import { fold, squeeze } from './_internal/fold.js';
import { isCampaignDocument, parseCampaign } from './campaign.js';
import { isAuthorityLine, isRecipientsLabel, parseClosing } from './closing.js';
import { findWordedDates } from './dates.js';
import { detectDocumentType } from './doc-type.js';
import { NUMBER_LABEL, SUBJECT_LABEL, isBrokenDate, parseHeader } from './header.js';
import { RIGHT_COLUMN, splitColumns } from './header-columns.js';
import { documentLines, type Line } from './lines.js';
import { findReferences } from './references.js';
import { parseSections } from './sections.js';
import { joinLines } from './text-join.js';
import { findTypeLine, isBodyOpening, readTitle } from './title.js';
import type { StructuredFields, StructureInput } from './types.js';

/** Running text shorter than this is too little to call a document a news article. */
const MIN_BODY_CHARS = 200;
/** Lines shorter than this above a signature are scan debris, not body text. */
const SPECK_CHARS = 12;
/** How many non-blank lines a header without a type line may take. */
const HEADER_WINDOW = 15;

function isHeaderMark(text: string): boolean {
  const folded = fold(text);
  return (
    NUMBER_LABEL.test(folded) ||
    SUBJECT_LABEL.test(folded) ||
    RIGHT_COLUMN.NATIONAL_TITLE.test(folded) ||
    RIGHT_COLUMN.MOTTO.test(folded) ||
    findWordedDates(text).length > 0 ||
    splitColumns(text).some((segment) => NUMBER_LABEL.test(fold(segment)) || SUBJECT_LABEL.test(fold(segment)))
  );
}

/** The end of the header of a document without a type line: after its last header mark. */
function headerEnd(lines: Line[]): number {
  let end = 0;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADER_WINDOW; i += 1) {
    if (lines[i].text === '') continue;
    seen += 1;
    if (isHeaderMark(lines[i].text)) end = i + 1;
    // "Bình Định, ngày." / "tháng 7 năm 2021": no date in either part alone.
    else if (i + 1 < lines.length && isBrokenDate(lines[i].text, lines[i + 1].text)) end = i + 2;
  }
  // A "V/v" subject may wrap onto the next lines.
  while (end > 0 && end < lines.length && lines[end].text !== '' && !isBodyOpening(lines[end].text) && /^v\s*\/\s*v\b/u.test(fold(lines[end - 1].text))) {
    end += 1;
  }
  return end;
}

// The body's end mark, "./." (OCR: "/.", "./,", ".I.").
const END_MARK = /(?:[.,]\s?[/I|]|\/)\s?[.,]\s*$/u;

/**
 * The first line of the closing: "Nơi nhận:", else the line after the body's last end mark "./."
 * (a stamp or the scan may wipe the label), else the first signature authority line.
 */
function closingStart(lines: Line[], from: number): number {
  let authorityAt = lines.length;
  for (let i = from; i < lines.length; i += 1) {
    const text = lines[i].text;
    if (text === '') continue;
    const first = splitColumns(text, lines[i].boxSplit)[0];
    if (isRecipientsLabel(text) || isRecipientsLabel(first)) return i;
    if (authorityAt === lines.length && isAuthorityLine(first)) authorityAt = i;
  }
  for (let i = authorityAt - 1; i >= from; i -= 1) {
    if (END_MARK.test(lines[i].text) && /\p{L}/u.test(lines[i].text)) return i + 1;
  }
  // No label and no end mark: the list printed above the signature belongs to the closing too.
  let start = authorityAt;
  while (start > from && isListOrSpeck(lines[start - 1].text)) start -= 1;
  return start;
}

/** A blank line, a list entry, or a scrap too short to be body text. */
function isListOrSpeck(text: string): boolean {
  return text === '' || /^[-–—+•]/u.test(text) || text.length < SPECK_CHARS || /;$/u.test(text);
}

export function structureDocument(input: StructureInput): StructuredFields {
  const lines = documentLines(input);
  const typeIndex = findTypeLine(lines);
  const headerLines = lines.slice(0, typeIndex >= 0 ? typeIndex : headerEnd(lines));
  const { header, subject } = parseHeader(headerLines);

  let title: string | null = null;
  let summary: string | null = null;
  let typeLine: string | null = null;
  let bodyStart = headerLines.length;
  if (typeIndex >= 0) {
    const block = readTitle(lines, typeIndex);
    title = block.title;
    typeLine = block.typeLine;
    summary = squeeze(block.title.slice(block.typeLine.length)) || null;
    bodyStart = block.end;
  } else if (subject !== null) {
    title = subject;
  }

  const closingAt = closingStart(lines, bodyStart);
  const bodyLines = lines.slice(bodyStart, closingAt);
  const { preamble, sections } = parseSections(bodyLines);
  const { recipients, signature } = parseClosing(lines.slice(closingAt));
  const bodyText = joinLines(bodyLines.map((l) => l.text));

  const documentType = detectDocumentType({
    typeLine,
    number: header.number,
    hasSubject: subject !== null,
    hasNationalTitle: header.nationalTitle !== null,
    hasRecipients: recipients.length > 0,
    hasBody: bodyText.length >= MIN_BODY_CHARS,
  });
  const references = findReferences([title ?? '', bodyText].join('\n'), header.number);
  const campaign = isCampaignDocument(title, documentType) ? parseCampaign(title, summary, bodyText) : null;

  return { documentType, header, title, preamble, sections, references, campaign, recipients, signature };
}
