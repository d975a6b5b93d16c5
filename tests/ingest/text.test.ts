import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openDocument } from '../../src/ingest/index.js';
import { decodeText, repairLegacyText, splitPages } from '../../src/ingest/text.js';
import { configWith, tempFolder } from './files.js';

const write = tempFolder();

const SAMPLE = [
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Liên minh Hợp tác xã tỉnh Sơn La ban hành Kế hoạch triển khai phong trào thi đua đặc biệt,',
  'nhằm khuyến khích các hợp tác xã đổi mới, nâng cao hiệu quả hoạt động; Chủ tịch ký quyết định.',
].join('\n');

/** The sample as archives hold it: tone marks as separate bytes after the letter (Windows-1258). */
function windows1258(text: string): Buffer {
  const parts = [...text.normalize('NFC')].map((char) => {
    const decomposed = char.normalize('NFD');
    const tone = decomposed.match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? '';
    const letter = decomposed.replace(tone, '').normalize('NFC');
    return Buffer.concat([iconv.encode(letter, 'windows-1258'), tone ? iconv.encode(tone, 'windows-1258') : Buffer.alloc(0)]);
  });
  return Buffer.concat(parts);
}

// Legacy bytes written as the Latin-1 characters they show as in a Western font: the
// well-known look of TCVN3 and VNI files, independent of the decoders under test.
const TCVN3_SAMPLE = {
  bytes: Buffer.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nCh­¬ng tr×nh ®­îc ban hµnh', 'latin1'),
  text: 'Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nChương trình được ban hành',
};
const VNI_SAMPLE = {
  bytes: Buffer.from(
    'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\nChöông trình ñöôïc ban haønh, khuyeán khích ñoåi môùi',
    'latin1',
  ),
  text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nChương trình được ban hành, khuyến khích đổi mới',
};

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from(SAMPLE, 'utf8'))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('composes decomposed UTF-8 to NFC', () => {
    expect(decodeText(Buffer.from(SAMPLE.normalize('NFD'), 'utf8')).text).toBe(SAMPLE);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(le)).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('detects UTF-16 without a BOM by its NUL bytes', () => {
    const le = Buffer.from(SAMPLE, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(le)).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('detects Windows-1258 and composes its separate tone marks', () => {
    const bytes = windows1258(SAMPLE);
    expect(bytes.length).toBeLessThan(Buffer.from(SAMPLE, 'utf8').length); // really single-byte
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'windows-1258' });
  });

  it('detects TCVN3 (ABC)', () => {
    expect(decodeText(TCVN3_SAMPLE.bytes)).toEqual({ text: TCVN3_SAMPLE.text, encoding: 'tcvn3' });
  });

  it('detects VNI, upper and lower case', () => {
    expect(decodeText(VNI_SAMPLE.bytes)).toEqual({ text: VNI_SAMPLE.text, encoding: 'vni' });
  });

  it('reads plain ASCII (Latin-only OCR output) as UTF-8', () => {
    const latin = 'Lien minh HTX tinh Son La\nS6: 36/LMHTX-PDTD';
    expect(decodeText(Buffer.from(latin, 'latin1'))).toEqual({ text: latin, encoding: 'utf-8' });
  });
});

describe('legacy text in a PDF text layer', () => {
  it('repairs TCVN3 text extracted through a .VnTime font', () => {
    expect(repairLegacyText(TCVN3_SAMPLE.bytes.toString('latin1'))).toBe(TCVN3_SAMPLE.text);
  });

  it('leaves Unicode Vietnamese and plain ASCII alone', () => {
    expect(repairLegacyText(SAMPLE)).toBe(SAMPLE);
    expect(repairLegacyText('Lien minh HTX tinh Son La')).toBe('Lien minh HTX tinh Son La');
  });
});

describe('text pages', () => {
  it('splits pages at form feeds, without an empty page after a trailing one', () => {
    expect(splitPages('one\r\ntwo\fthree\f')).toEqual(['one\ntwo', 'three']);
    expect(splitPages('only page')).toEqual(['only page']);
  });

  it('opens a legacy-encoded .txt with its encoding named and its pages as text', async () => {
    const bytes = Buffer.concat([TCVN3_SAMPLE.bytes, Buffer.from('\f'), TCVN3_SAMPLE.bytes]);
    const opened = await openDocument(write('old-ocr.txt', bytes), configWith());
    expect(opened.source).toMatchObject({ kind: 'text', format: 'tcvn3' });
    expect(opened.pageCount).toBe(2);
    expect(await opened.page(2)).toEqual({ number: 2, source: 'text', text: TCVN3_SAMPLE.text });
  });

  it('opens a UTF-16 file as text although it is full of NUL bytes', async () => {
    const opened = await openDocument(write('utf16.txt', Buffer.from(SAMPLE, 'utf16le')), configWith());
    expect(opened.source).toMatchObject({ kind: 'text', format: 'utf-16le' });
    expect(await opened.page(1)).toEqual({ number: 1, source: 'text', text: SAMPLE });
  });
});
