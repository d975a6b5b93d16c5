import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { nameClaimsKnownType, sniff } from '../../src/ingest/sniff.js';

function blank(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } });
}

describe('sniff', () => {
  it('types each readable format by its first bytes', async () => {
    expect(sniff(await blank(8, 8).png().toBuffer())).toMatchObject({ kind: 'image', format: 'png' });
    expect(sniff(await blank(8, 8).jpeg().toBuffer())).toMatchObject({ kind: 'image', format: 'jpeg' });
    expect(sniff(await blank(8, 8).tiff().toBuffer())).toMatchObject({ kind: 'image', format: 'tiff' });
    expect(sniff(Buffer.from('MM\0*\0\0\0\x08', 'latin1'))).toMatchObject({ kind: 'image', format: 'tiff' });
    expect(sniff(Buffer.from('%PDF-1.7\n', 'latin1'))).toMatchObject({ kind: 'pdf' });
    expect(sniff(Buffer.from('garbage from a mail gateway\n%PDF-1.4\n', 'latin1'))).toMatchObject({ kind: 'pdf' });
    expect(sniff(Buffer.from('Kế hoạch số 12/KH-UBND', 'utf8'))).toMatchObject({ kind: 'text' });
    expect(sniff(Buffer.from('Ghi chú: tệp %PDF-A gửi kèm', 'utf8'))).toMatchObject({ kind: 'text' });
  });

  it('recognizes formats it does not read, to say what to do with them', async () => {
    const gif = await blank(8, 8).gif().toBuffer();
    expect(sniff(gif)).toMatchObject({ readable: false, format: 'a GIF image' });
    expect(sniff(Buffer.from('PK\x03\x04rest', 'latin1'))).toMatchObject({ readable: false });
    expect(sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toMatchObject({ readable: false });
  });

  it('does not take binary noise for text', () => {
    const noise = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256));
    expect(sniff(noise)).toBeNull();
  });
});

describe('nameClaimsKnownType', () => {
  it('knows the names of the types hoso reads, in any case', () => {
    for (const name of ['a.pdf', 'B.PDF', 'c.png', 'd.jpg', 'e.jpeg', 'f.tif', 'g.TIFF', 'h.txt']) {
      expect(nameClaimsKnownType(name), name).toBe(true);
    }
    for (const name of ['a.docx', 'b.bin', 'README', 'c.pdf.zip']) expect(nameClaimsKnownType(name), name).toBe(false);
  });
});
