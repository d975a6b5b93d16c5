// The body as a tree of numbered parts. A label is taken as a section only when it continues
// its list (I after nothing, II after I, 2.1 under 2 …), so a wrapped line that happens to start
// with "2." is not a heading; a short labelled line or one in capitals is a heading, a long one
// is a numbered sentence (heading null, the sentence as text).
import type { Section } from '../document.js';
import { letterCount, squeeze, upperRatio } from './_internal/fold.js';
import { matchLabel, toRoman, type LabelMatch, type LabelStyle } from './labels.js';
import type { Line } from './lines.js';
import { endsSentence, joinLines } from './text-join.js';

interface Node {
  style: LabelStyle;
  value: number;
  path: number[];
  label: string;
  heading: string | null;
  lines: string[];
  children: Node[];
}

export interface Body {
  preamble: string | null;
  sections: Section[];
}

const SHORT_HEADING_CHARS = 60;
const SHORT_HEADING_WORDS = 10;
const COLON_HEADING_WORDS = 10;
const SINGLE_LINE_HEADING_CHARS = 120;

function isShortHeading(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= SHORT_HEADING_CHARS && !/[.;,]$/u.test(trimmed);
}

function sameList(previous: Node, label: LabelMatch): boolean {
  if (label.style === 'dash') return true;
  if (label.value !== previous.value + 1) return false;
  if (label.style === 'decimal2' || label.style === 'decimal3') {
    return label.path.slice(0, -1).join('.') === previous.path.slice(0, -1).join('.');
  }
  return true;
}

/** A label that opens a new list one level down must start it (1, a, I, Một là; 2.1 under 2). */
function startsList(stack: Node[], label: LabelMatch, isFirstSection: boolean): boolean {
  if (label.style === 'dash') return true;
  if (label.style === 'roman' && isFirstSection) return label.value <= 2;
  if (label.value !== 1) return false;
  if (label.misread === true) return false;
  if (label.style === 'decimal2') {
    const arabic = [...stack].reverse().find((n) => n.style === 'arabic');
    return arabic === undefined || arabic.value === label.path[0];
  }
  if (label.style === 'decimal3') {
    const decimal = [...stack].reverse().find((n) => n.style === 'decimal2');
    return decimal === undefined || decimal.path.join('.') === label.path.slice(0, 2).join('.');
  }
  return true;
}

function toSection(node: Node, level: number): Section {
  return {
    label: node.label,
    heading: node.heading,
    level,
    text: joinLines(node.lines),
    children: node.children.map((child) => toSection(child, level + 1)),
  };
}

/**
 * Split a labelled paragraph into its heading and its text lines. `next` is the first line after
 * the paragraph's blank line: one starting in lower case continues the sentence, so no heading.
 */
function splitHeading(label: LabelMatch, paragraph: string[], next: string | null): { heading: string | null; text: string[] } {
  if (label.style === 'dash' || label.style === 'ordinal') return { heading: null, text: paragraph };
  const [first, ...rest] = paragraph;
  if (first === undefined || first === '') return { heading: null, text: rest };
  if (upperRatio(first) >= 0.8) {
    const heading = [first];
    while (rest.length > 0 && upperRatio(rest[0]) >= 0.8) heading.push(rest.shift() as string);
    return { heading: squeeze(heading.join(' ')).replace(/[:.]$/u, ''), text: rest };
  }
  const words = first.split(/\s+/u).length;
  // A whole paragraph on one line that does not end a sentence is a heading ("2.1 Cờ thi đua của …").
  const continues = next !== null && /^\p{Ll}/u.test(next);
  if (rest.length === 0 && !continues && first.length <= SINGLE_LINE_HEADING_CHARS && (!/[.;,]$/u.test(first) || words <= 6)) {
    return { heading: first.replace(/[:.]$/u, '').trim(), text: [] };
  }
  const short = first.length <= SHORT_HEADING_CHARS && words <= SHORT_HEADING_WORDS && !/[,;]$/u.test(first);
  if (short && (rest.length === 0 || /^\P{Ll}/u.test(rest[0])) && !(first.endsWith('.') && words > 6)) {
    return { heading: first.replace(/[:.]$/u, '').trim(), text: rest };
  }
  const colon = /^([^:;.]{2,80}?):\s*(.*)$/u.exec(first);
  if (colon && colon[1].split(/\s+/u).length <= COLON_HEADING_WORDS) {
    return { heading: colon[1].trim(), text: [colon[2], ...rest].filter((l) => l !== '') };
  }
  return { heading: null, text: paragraph };
}

/** A heading in capitals standing alone: the shape of a roman part whose numeral OCR lost. */
function isBareCapsHeading(text: string): boolean {
  return text !== '' && upperRatio(text) >= 0.8 && text.length <= SINGLE_LINE_HEADING_CHARS && letterCount(text) >= 4 && matchLabel(text) === null;
}

/**
 * When OCR lost a roman numeral ("I." before the first part, "III." between II and IV), the part's
 * heading still stands alone in capitals where the numeral is missing: give it its numeral back.
 */
function restoreLostParts(texts: string[]): string[] {
  const out = [...texts];
  const labels = texts.map((t) => (t === '' ? null : matchLabel(t)));
  let previousRoman = 0;
  let previousAt = -1;
  for (let i = 0; i < labels.length; i += 1) {
    const label = labels[i];
    if (label?.style !== 'roman') continue;
    if (label.value === previousRoman + 2) {
      // The first part's heading sits just before the first label; a later one anywhere in the gap.
      const from = previousAt < 0 ? labels.findIndex((l) => l !== null && l.style !== 'dash') - 1 : i - 1;
      for (let j = from; j > previousAt; j -= 1) {
        if (texts[j] === '') continue;
        if (isBareCapsHeading(texts[j])) {
          out[j] = `${toRoman(previousRoman + 1)}. ${texts[j]}`;
          break;
        }
        if (previousAt < 0) break;
      }
    }
    previousRoman = label.value;
    previousAt = i;
  }
  return out;
}

/** The preamble (text before the first numbered part) and the section tree of the body lines. */
export function parseSections(lines: readonly Line[]): Body {
  const texts = restoreLostParts(lines.map((l) => l.text));
  const roots: Node[] = [];
  const stack: Node[] = [];
  const preamble: string[] = [];
  let previousWasHeading = false;

  for (let i = 0; i < texts.length; i += 1) {
    const text = texts[i];
    const target = stack.length > 0 ? stack[stack.length - 1].lines : preamble;
    const label = text === '' ? null : matchLabel(text);
    const previous = i > 0 ? texts[i - 1] : '';
    const midParagraph = previous !== '' && !endsSentence(previous) && !previousWasHeading;
    let accepted = false;
    let parentDepth = stack.length;
    if (label && !(midParagraph && label.style !== 'roman' && label.style !== 'part')) {
      const at = stack.findIndex((n) => n.style === label.style);
      if (label.style === 'dash') {
        // Dashes and bullets are items inside a numbered part, never parts of their own.
        const dashAllowed = stack.length > 0;
        const looksLikeItem = /^[\p{Lu}\d“"(]/u.test(label.rest) || previous === '' || endsSentence(previous) || previousWasHeading;
        accepted = dashAllowed && looksLikeItem;
        if (at >= 0) parentDepth = at;
      } else if (at >= 0) {
        accepted = sameList(stack[at], label);
        parentDepth = at;
        // A heading in capitals after a roman part is the next part, whatever OCR made of its numeral
        // ("HI." for III, "II." again for III).
        const renumber = label.misread === true || label.value <= stack[at].value;
        if (!accepted && label.style === 'roman' && upperRatio(label.rest) >= 0.8 && renumber) {
          label.value = stack[at].value + 1;
          label.label = toRoman(label.value);
          label.path = [label.value];
          accepted = true;
        }
        // "Một là" … "Bảy là" run in order: a garbled word is the next one, and one may be lost.
        if (!accepted && label.style === 'ordinal' && (label.misread === true || label.value === stack[at].value + 2)) {
          label.value = label.misread === true ? stack[at].value + 1 : label.value;
          accepted = true;
        }
        // A lost heading: "3." may follow "1." when it reads as a short heading.
        if (!accepted && label.value === stack[at].value + 2 && isShortHeading(label.rest)) {
          accepted = sameList({ ...stack[at], value: stack[at].value + 1, path: [...stack[at].path.slice(0, -1), stack[at].value + 1] }, label);
        }
      } else {
        accepted = startsList(stack, label, roots.length === 0);
      }
    }
    if (!label || !accepted) {
      target.push(text);
      if (text !== '') previousWasHeading = false;
      continue;
    }

    // The labelled paragraph: this line's rest and the lines that follow until a blank or a label.
    const paragraph = [label.rest.trim()];
    let j = i + 1;
    if (paragraph[0] === '' && j < texts.length && texts[j] !== '' && matchLabel(texts[j]) === null) {
      paragraph[0] = texts[j];
      j += 1;
    }
    while (j < texts.length && texts[j] !== '' && matchLabel(texts[j]) === null) {
      paragraph.push(texts[j]);
      j += 1;
    }
    let after = j;
    while (after < texts.length && texts[after] === '') after += 1;
    const { heading, text: body } = splitHeading(label, paragraph, after < texts.length ? texts[after] : null);
    const node: Node = {
      style: label.style,
      value: label.value,
      path: label.path,
      label: label.label,
      heading,
      lines: [...body],
      children: [],
    };
    stack.length = parentDepth;
    if (stack.length === 0) roots.push(node);
    else stack[stack.length - 1].children.push(node);
    stack.push(node);
    previousWasHeading = heading !== null && body.length === 0;
    i = j - 1;
  }

  const preambleText = joinLines(preamble);
  return { preamble: preambleText === '' ? null : preambleText, sections: roots.map((n) => toSection(n, 1)) };
}
