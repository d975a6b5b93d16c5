// A minimal reader of PDF objects, enough to reach a page's resources, its content stream and
// the raw bytes of an embedded image without decoding them (pdfjs offers no such access).
// It finds objects by scanning for "N G obj" rather than trusting the cross-reference table,
// so it also reads files whose table is damaged. Anything it cannot read returns undefined.
import { inflateSync } from 'node:zlib';

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfOperator {
  constructor(readonly op: string) {}
}

export type PdfDict = Map<string, PdfValue>;

export interface PdfStream {
  dict: PdfDict;
  /** The stream's bytes as stored, before any filter is undone. */
  raw: Buffer;
}

export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | PdfDict | PdfStream;

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export function isStream(value: PdfValue | undefined): value is PdfStream {
  return typeof value === 'object' && value !== null && 'raw' in value && 'dict' in value;
}

export function isDict(value: PdfValue | undefined): value is PdfDict {
  return value instanceof Map;
}

export function nameOf(value: PdfValue | undefined): string | undefined {
  return value instanceof PdfName ? value.name : undefined;
}

/** Tokens and values of PDF syntax, over objects in the file or a content stream. */
export class PdfLexer {
  pos: number;

  constructor(
    readonly data: Buffer,
    start = 0,
  ) {
    this.pos = start;
  }

  private skipSpace(): void {
    const d = this.data;
    while (this.pos < d.length) {
      const c = d[this.pos];
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < d.length && d[this.pos] !== 0x0a && d[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  private regularToken(): string {
    const d = this.data;
    const start = this.pos;
    while (this.pos < d.length && !WHITESPACE.has(d[this.pos]) && !DELIMITERS.has(d[this.pos])) this.pos++;
    return d.toString('latin1', start, this.pos);
  }

  private literalString(): string {
    const d = this.data;
    let depth = 1;
    const start = ++this.pos;
    while (this.pos < d.length && depth > 0) {
      const c = d[this.pos++];
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) depth++;
      else if (c === 0x29) depth--;
    }
    return d.toString('latin1', start, this.pos - 1);
  }

  /** The next value or operator; undefined at the end of data or at a closing delimiter. */
  next(): PdfValue | PdfOperator | undefined {
    this.skipSpace();
    const d = this.data;
    if (this.pos >= d.length) return undefined;
    const c = d[this.pos];
    if (c === 0x2f) {
      this.pos++;
      return new PdfName(this.regularToken().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    }
    if (c === 0x28) return this.literalString();
    if (c === 0x3c && d[this.pos + 1] === 0x3c) {
      this.pos += 2;
      return this.dictBody();
    }
    if (c === 0x3c) {
      const end = d.indexOf(0x3e, this.pos);
      const hex = d.toString('latin1', this.pos + 1, end < 0 ? d.length : end);
      this.pos = end < 0 ? d.length : end + 1;
      return hex;
    }
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.pos >= d.length) return items;
        if (d[this.pos] === 0x5d) {
          this.pos++;
          return items;
        }
        const item = this.value();
        if (item === undefined) return items;
        items.push(item);
      }
    }
    if (c === 0x5d || c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return new PdfOperator(String.fromCharCode(c));
    }
    const token = this.regularToken();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) return Number(token);
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    return new PdfOperator(token);
  }

  /** A value, with "num gen R" read as a reference. */
  value(): PdfValue | undefined {
    const first = this.next();
    if (first instanceof PdfOperator) return undefined;
    if (typeof first === 'number' && Number.isInteger(first)) {
      const save = this.pos;
      const gen = this.next();
      if (typeof gen === 'number' && Number.isInteger(gen)) {
        const r = this.next();
        if (r instanceof PdfOperator && r.op === 'R') return new PdfRef(first, gen);
      }
      this.pos = save;
    }
    return first;
  }

  private dictBody(): PdfDict {
    const dict: PdfDict = new Map();
    const d = this.data;
    for (;;) {
      this.skipSpace();
      if (this.pos >= d.length) return dict;
      if (d[this.pos] === 0x3e && d[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return dict;
      }
      const key = this.next();
      if (!(key instanceof PdfName)) return dict;
      const value = this.value();
      if (value === undefined) return dict;
      dict.set(key.name, value);
    }
  }
}

/** Where each object lives: at a file offset, or inside a compressed object stream. */
type Location = { offset: number } | { container: number; index: number };

export class PdfObjects {
  private locations: Map<number, Location> | null = null;
  private readonly objectStreams = new Map<number, { data: Buffer; offsets: number[] }>();

  constructor(private readonly bytes: Buffer) {}

  /** Scan once for "N G obj" headers; a later definition (an incremental update) wins. */
  private index(): Map<number, Location> {
    if (this.locations) return this.locations;
    const locations = new Map<number, Location>();
    const b = this.bytes;
    const objStreams: number[] = [];
    for (let at = b.indexOf('obj', 0, 'latin1'); at >= 0; at = b.indexOf('obj', at + 3, 'latin1')) {
      const after = b[at + 3];
      if (after !== undefined && !WHITESPACE.has(after) && !DELIMITERS.has(after)) continue;
      // The file's start counts as a delimiter; elsewhere one must precede the number, so a
      // window that starts mid-number cannot yield a wrong object number.
      const before = (at <= 24 ? '\n' : '') + b.toString('latin1', Math.max(0, at - 24), at);
      const header = /[\s>\]](\d+)\s+(\d+)\s+$/.exec(before);
      if (!header) continue;
      const num = Number(header[1]);
      locations.set(num, { offset: at + 3 });
      const peek = b.toString('latin1', at + 3, Math.min(b.length, at + 400));
      if (/\/Type\s*\/ObjStm/.test(peek)) objStreams.push(num);
    }
    this.locations = locations;
    for (const container of objStreams) {
      const stream = this.resolve(new PdfRef(container, 0));
      if (!isStream(stream)) continue;
      const first = stream.dict.get('First');
      const count = stream.dict.get('N');
      const data = decodeStream(stream, this);
      if (!data || typeof first !== 'number' || typeof count !== 'number') continue;
      const lexer = new PdfLexer(data);
      const offsets: number[] = [];
      for (let i = 0; i < count; i++) {
        const num = lexer.next();
        const offset = lexer.next();
        if (typeof num !== 'number' || typeof offset !== 'number') break;
        offsets.push(first + offset);
        // A direct definition wins: object streams hold no streams, and updates rarely move objects into one.
        if (!locations.has(num)) locations.set(num, { container, index: i });
      }
      this.objectStreams.set(container, { data, offsets });
    }
    return locations;
  }

  private readAt(offset: number): PdfValue | undefined {
    const lexer = new PdfLexer(this.bytes, offset);
    const value = lexer.value();
    if (!isDict(value)) return value;
    const keyword = lexer.next();
    if (!(keyword instanceof PdfOperator) || keyword.op !== 'stream') return value;
    let start = lexer.pos;
    if (this.bytes[start] === 0x0d) start++;
    if (this.bytes[start] === 0x0a) start++;
    const declared = this.resolve(value.get('Length'));
    let end = typeof declared === 'number' ? start + declared : -1;
    if (end < 0 || end > this.bytes.length || !/^\s*endstream/.test(this.bytes.toString('latin1', end, end + 20))) {
      const found = this.bytes.indexOf('endstream', start, 'latin1');
      if (found < 0) return undefined;
      end = found;
      while (end > start && (this.bytes[end - 1] === 0x0a || this.bytes[end - 1] === 0x0d)) end--;
    }
    return { dict: value, raw: this.bytes.subarray(start, end) };
  }

  /** Follow a reference (and a chain of them) to its value; any other value is returned as is. */
  resolve(value: PdfValue | undefined, depth = 0): PdfValue | undefined {
    if (!(value instanceof PdfRef)) return value;
    if (depth > 16) return undefined;
    const location = this.index().get(value.num);
    if (!location) return undefined;
    if ('offset' in location) return this.resolve(this.readAt(location.offset), depth + 1);
    const container = this.objectStreams.get(location.container);
    const offset = container?.offsets[location.index];
    if (!container || offset === undefined) return undefined;
    return this.resolve(new PdfLexer(container.data, offset).value(), depth + 1);
  }

  dict(value: PdfValue | undefined): PdfDict | undefined {
    const resolved = this.resolve(value);
    if (isDict(resolved)) return resolved;
    return isStream(resolved) ? resolved.dict : undefined;
  }
}

/** Filters of a stream, as names. */
export function filtersOf(dict: PdfDict, objects: PdfObjects): string[] {
  const filter = objects.resolve(dict.get('Filter'));
  if (filter === undefined || filter === null) return [];
  const list = Array.isArray(filter) ? filter : [filter];
  return list.map((f) => nameOf(objects.resolve(f)) ?? '?');
}

/** A stream's decoded bytes when it is stored plain or Flate-compressed without a predictor, else undefined. */
export function decodeStream(stream: PdfStream, objects: PdfObjects): Buffer | undefined {
  const filters = filtersOf(stream.dict, objects);
  if (filters.length === 0) return stream.raw;
  if (filters.length !== 1 || (filters[0] !== 'FlateDecode' && filters[0] !== 'Fl')) return undefined;
  const parms = objects.dict(stream.dict.get('DecodeParms'));
  const predictor = parms ? objects.resolve(parms.get('Predictor')) : undefined;
  if (typeof predictor === 'number' && predictor > 1) return undefined;
  try {
    return inflateSync(stream.raw, { finishFlush: 2 /* Z_SYNC_FLUSH: keep what a cut stream holds */ });
  } catch {
    return undefined;
  }
}
