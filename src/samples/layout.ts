// Lays a composed document out on A4 pages in points: the two-column header, title, body, and the
// recipients beside the signature, each line recorded in reading order as truth text.
import { measure } from './fonts.js';
import type { Block, FontStyle, SampleDocument } from './model.js';
import {
  A4, type LayoutStyle, MM, type PageLayout, Pages, type Word, centredBlock, fitSize, lineWidth, placeLine, words, wrap,
} from './typeset.js';

export { A4, type LayoutStyle, type PageLayout, type RuleOp, type TextOp } from './typeset.js';

function header(doc: SampleDocument, flow: Pages, style: LayoutStyle): void {
  const { margins } = style;
  const page = flow.page;
  const lead = 1.18;
  const leftCx = margins.left + 30 * MM;
  const leftWidth = 64 * MM;
  const rightCx = A4.width - margins.right - 50 * MM;
  const rightWidth = 100 * MM;
  const top = margins.top - 4 * MM;
  const headSize = 12.5;

  // Left column first, so its lines come first in the truth.
  let y = top;
  if (doc.issuer.parent) y = centredBlock(page, doc.issuer.parent, 'regular', headSize, leftCx, y, leftWidth, lead).y;
  const name = centredBlock(page, doc.issuer.name, 'bold', headSize, leftCx, y, leftWidth, lead);
  y = name.y;
  const rule = Math.min(name.lastWidth, leftWidth) / 3;
  page.ops.push({ kind: 'rule', x1: leftCx - rule / 2, x2: leftCx + rule / 2, y: y + 5 });
  const leftEnd = y;

  const titleSize = fitSize('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', headSize, rightWidth);
  const rightLines: Array<[string, FontStyle, number]> = [
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', titleSize],
    ['Độc lập - Tự do - Hạnh phúc', 'bold', 13],
  ];
  // The right column is drawn now but read after the left column's number line.
  const right: PageLayout = { ops: [], lines: [], bodyLines: [], signature: null };
  let ry = top;
  for (const [text, fontStyle, size] of rightLines) {
    ry = centredBlock(right, text, fontStyle, size, rightCx, ry, rightWidth, lead).y;
  }
  const mottoWidth = measure('Độc lập - Tự do - Hạnh phúc', 'bold', 13);
  right.ops.push({ kind: 'rule', x1: rightCx - mottoWidth / 2, x2: rightCx + mottoWidth / 2, y: ry + 4 });

  const rowY = Math.max(leftEnd, ry) + 7 * MM;
  const numberText = `Số: ${doc.numberAsPrinted}`;
  const numberSize = 13;
  page.ops.push({ kind: 'text', text: numberText, style: 'regular', size: numberSize, x: leftCx - measure(numberText, 'regular', numberSize) / 2, y: rowY });
  page.lines.push(numberText);
  let leftBottom = rowY;
  if (!doc.typeLine) leftBottom = centredBlock(page, doc.summary, 'regular', 12, leftCx, rowY + 1, 60 * MM, lead).y;

  const dateLine = `${doc.place}, ${doc.dateText}`;
  const dateSize = fitSize(dateLine, 'italic', 13, rightWidth + 8 * MM);
  right.ops.push({ kind: 'text', text: dateLine, style: 'italic', size: dateSize, x: rightCx - measure(dateLine, 'italic', dateSize) / 2, y: rowY });
  right.lines.push(dateLine.replace(/ {2,}/g, ' '));
  page.ops.push(...right.ops);
  page.headerColumns = { left: page.lines.length, right: right.lines.length };
  page.lines.push(...right.lines);
  flow.y = Math.max(leftBottom, rowY) + 6 * MM;
}

function title(doc: SampleDocument, flow: Pages, style: LayoutStyle): void {
  const cx = (style.margins.left + A4.width - style.margins.right) / 2;
  const width = (A4.width - style.margins.left - style.margins.right) * 0.85;
  if (doc.typeLine) {
    let y = centredBlock(flow.page, doc.typeLine, 'bold', 14, cx, flow.y, width, 1.25).y;
    const summary = centredBlock(flow.page, doc.summary, 'bold', 14, cx, y, width, 1.25);
    y = summary.y;
    const rule = Math.min(summary.lastWidth, 60 * MM) / 2;
    flow.page.ops.push({ kind: 'rule', x1: cx - rule / 2, x2: cx + rule / 2, y: y + 9 });
    flow.y = y + 8 * MM;
  }
  if (doc.addressee) {
    flow.y = centredBlock(flow.page, doc.addressee, 'regular', style.bodySize, cx, flow.y, width, 1.3).y + 3 * MM;
  }
}

/**
 * The body paragraphs. The last one is kept on the page of the recipients and signature
 * (`closingHeight`), so a page never holds the closing block alone.
 */
function body(blocks: Block[], flow: Pages, style: LayoutStyle, closingHeight: number): void {
  const { left, right } = style.margins;
  const width = A4.width - left - right;
  const size = style.bodySize;
  const indent = 10 * MM;
  const step = size * style.leading;
  for (const [index, block] of blocks.entries()) {
    const list = words(block.runs, size);
    const lines = wrap(list, size, width, block.indent ? width - indent : width);
    if (index === blocks.length - 1) flow.ensure(lines.length * step + style.paragraphGap + closingHeight);
    lines.forEach((line, i) => {
      flow.ensure(step);
      flow.y += step;
      const last = i === lines.length - 1;
      if (block.align === 'center') {
        placeLine(flow.page, line, size, left + (width - lineWidth(line, size)) / 2, flow.y);
      } else {
        const x = i === 0 && block.indent ? left + indent : left;
        placeLine(flow.page, line, size, x, flow.y, last ? undefined : left + width - x);
      }
      flow.page.bodyLines.push({ x1: left, x2: left + width, y: flow.y });
    });
    flow.y += style.paragraphGap;
  }
}

const SMALL = 11;

function recipientLines(doc: SampleDocument, width: number): Word[][][] {
  return doc.recipients.map((r) => wrap(words([{ text: `- ${r}`, style: 'regular' }], SMALL), SMALL, width * 0.46));
}

/** Height of the recipients beside the signature, with the space above them. */
function closingHeight(doc: SampleDocument, width: number): number {
  const recipientsHeight = 14 + recipientLines(doc, width).flat().length * SMALL * 1.2;
  const signatureHeight = doc.signature.lines.length * 13 * 1.25 + 30 * MM + 14;
  return Math.max(recipientsHeight, signatureHeight) + 4 * MM;
}

function closingBlock(doc: SampleDocument, flow: Pages, style: LayoutStyle): void {
  const { left, right } = style.margins;
  const width = A4.width - left - right;
  const small = SMALL;
  const recipients = recipientLines(doc, width);
  flow.ensure(closingHeight(doc, width));
  const top = flow.y + 4 * MM;
  const page = flow.page;

  let y = top + 12;
  page.ops.push({ kind: 'text', text: 'Nơi nhận:', style: 'boldItalic', size: 12, x: left, y });
  page.lines.push('Nơi nhận:');
  for (const entry of recipients) {
    entry.forEach((line, i) => {
      y += small * 1.2;
      placeLine(page, line, small, left + (i === 0 ? 0 : 8), y);
    });
  }

  const cx = left + width * 0.72;
  let sy = top;
  for (const text of doc.signature.lines) sy = centredBlock(page, text, 'bold', 13, cx, sy, width * 0.5, 1.25).y;
  const nameY = sy + 30 * MM;
  centredBlock(page, doc.signature.name, 'bold', 13.5, cx, nameY - 13.5 * 1.25, width * 0.5, 1.25);
  page.signature = { cx, top, nameY };
  flow.y = Math.max(y, nameY);
}

/** Pages of drawing operations and their truth lines. */
export function layoutDocument(doc: SampleDocument, style: LayoutStyle): PageLayout[] {
  const flow = new Pages(style);
  header(doc, flow, style);
  title(doc, flow, style);
  body(doc.body, flow, style, closingHeight(doc, A4.width - style.margins.left - style.margins.right));
  closingBlock(doc, flow, style);
  return flow.pages;
}
