// Writes small, valid PDFs for the ingest tests: pages of text (Helvetica), of one JPEG, of one
// Flate-compressed grey image, or both, with a correct cross-reference table.
import { deflateSync } from 'node:zlib';

export type TestPage =
  | { kind: 'text'; lines: string[] }
  | {
      kind: 'jpeg';
      jpeg: Buffer;
      width: number;
      height: number;
      channels: 1 | 3;
      /** Invisible text drawn over the image, as an OCR layer. */
      overlayText?: string;
      /** Put the overlay in a Form XObject of its own, as OCRmyPDF does. */
      overlayInForm?: boolean;
      /** Wrap the JPEG in a Flate layer too, as OCRmyPDF's optimizer does. */
      flateWrapped?: boolean;
      /** Fill the page white before painting the image, as some scanner drivers do. */
      whiteBackground?: boolean;
    }
  | { kind: 'gray'; pixels: Buffer; width: number; height: number }
  /** A non-interlaced grey or RGB PNG, its compressed rows embedded as they are (the way img2pdf does). */
  | { kind: 'png'; png: Buffer }
  /** 1 bit per pixel, rows padded to whole bytes, 0 = black (as a scanner's bilevel output). */
  | { kind: 'bits'; packed: Buffer; width: number; height: number }
  /** CCITT Group 4 data, as a fax or bilevel scanner writes it. */
  | { kind: 'ccitt'; data: Buffer; width: number; height: number }
  /** A JPEG 2000 codestream (pdfjs decodes it with its OpenJPEG WebAssembly). */
  | { kind: 'jpx'; data: Buffer; width: number; height: number }
  /** A filled black rectangle, in points from the top-left: vector content that must be rendered. */
  | { kind: 'vector'; x: number; y: number; width: number; height: number }
  | { kind: 'empty' };

/** A4 in points. */
const PAGE_W = 595;
const PAGE_H = 842;

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** Size, colour count and the concatenated IDAT data of an 8-bit PNG. */
function pngParts(png: Buffer): { width: number; height: number; colors: 1 | 3; data: Buffer } {
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  let colors: 1 | 3 = 1;
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || (body[9] !== 0 && body[9] !== 2) || body[12] !== 0) throw new Error('need an 8-bit grey or RGB PNG');
      colors = body[9] === 0 ? 1 : 3;
    }
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  return { width, height, colors, data: Buffer.concat(idat) };
}

/** Each page may carry the /Rotate a viewer applies when showing it. */
export function buildPdf(pages: (TestPage & { rotate?: 90 | 180 | 270 })[]): Buffer {
  const objects: Buffer[] = []; // index i is object i + 1
  const add = (body: Buffer | string): number => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const stream = (dict: string, data: Buffer): Buffer =>
    Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);

  const catalog = add(''); // filled in last
  const pagesRoot = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  for (const page of pages) {
    let content = '';
    let xobjects = '';
    if (page.kind === 'text') {
      content = page.lines
        .map((line, i) => `BT /F1 12 Tf 72 ${PAGE_H - 72 - i * 16} Td (${escapePdfString(line)}) Tj ET`)
        .join('\n');
    } else if (page.kind === 'jpeg') {
      const space = page.channels === 1 ? '/DeviceGray' : '/DeviceRGB';
      const filter = page.flateWrapped ? '[/FlateDecode /DCTDecode]' : '/DCTDecode';
      const data = page.flateWrapped ? deflateSync(page.jpeg) : page.jpeg;
      const image = add(
        stream(`/Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace ${space} /BitsPerComponent 8 /Filter ${filter}`, data),
      );
      content = `${page.whiteBackground ? `q 1 g 0 0 ${PAGE_W} ${PAGE_H} re f Q ` : ''}q ${PAGE_W} 0 0 ${PAGE_H} 0 0 cm /Im0 Do Q`;
      const overlay = page.overlayText ? `BT 3 Tr /F1 10 Tf 72 700 Td (${escapePdfString(page.overlayText)}) Tj ET` : '';
      if (overlay && page.overlayInForm) {
        const form = add(
          stream(`/Type /XObject /Subtype /Form /BBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 ${font} 0 R >> >>`, Buffer.from(overlay, 'latin1')),
        );
        xobjects = `/XObject << /Im0 ${image} 0 R /OCR ${form} 0 R >>`;
        content += '\n/OCR Do';
      } else {
        xobjects = `/XObject << /Im0 ${image} 0 R >>`;
        content += `\n${overlay}`;
      }
    } else if (page.kind === 'gray' || page.kind === 'bits') {
      const bits = page.kind === 'gray' ? 8 : 1;
      const data = page.kind === 'gray' ? page.pixels : page.packed;
      const image = add(
        stream(`/Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceGray /BitsPerComponent ${bits} /Filter /FlateDecode`, deflateSync(data)),
      );
      xobjects = `/XObject << /Im0 ${image} 0 R >>`;
      content = `q ${PAGE_W} 0 0 ${PAGE_H} 0 0 cm /Im0 Do Q`;
    } else if (page.kind === 'png') {
      const { width, height, colors, data } = pngParts(page.png);
      const space = colors === 1 ? '/DeviceGray' : '/DeviceRGB';
      const parms = `/DecodeParms << /Predictor 15 /Colors ${colors} /BitsPerComponent 8 /Columns ${width} >>`;
      const image = add(
        stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /FlateDecode ${parms}`, data),
      );
      xobjects = `/XObject << /Im0 ${image} 0 R >>`;
      content = `q ${PAGE_W} 0 0 ${PAGE_H} 0 0 cm /Im0 Do Q`;
    } else if (page.kind === 'ccitt') {
      const parms = `/DecodeParms << /K -1 /Columns ${page.width} /Rows ${page.height} >>`;
      const image = add(
        stream(`/Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode ${parms}`, page.data),
      );
      xobjects = `/XObject << /Im0 ${image} 0 R >>`;
      content = `q ${PAGE_W} 0 0 ${PAGE_H} 0 0 cm /Im0 Do Q`;
    } else if (page.kind === 'jpx') {
      const image = add(stream(`/Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /Filter /JPXDecode`, page.data));
      xobjects = `/XObject << /Im0 ${image} 0 R >>`;
      content = `q ${PAGE_W} 0 0 ${PAGE_H} 0 0 cm /Im0 Do Q`;
    } else if (page.kind === 'vector') {
      content = `0 g ${page.x} ${PAGE_H - page.y - page.height} ${page.width} ${page.height} re f`;
    }
    const contents = add(stream('', Buffer.from(content, 'latin1')));
    pageIds.push(
      add(`<< /Type /Page /Parent ${pagesRoot} 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}]${page.rotate ? ` /Rotate ${page.rotate}` : ''} /Resources << /Font << /F1 ${font} 0 R >> ${xobjects} >> /Contents ${contents} 0 R >>`),
    );
  }
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pagesRoot} 0 R >>`, 'latin1');
  objects[pagesRoot - 1] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`, 'latin1');

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}
