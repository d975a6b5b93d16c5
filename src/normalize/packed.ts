// The dictionaries' binary files (language model, topic vectors): a magic line naming the
// format and its version, then streams, each as its byte length and its bytes, the whole
// brotli-compressed at its best setting (slow to write, at build time; quick to read).
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } };

export function packStreams(magic: string, streams: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from(magic, 'latin1')];
  for (const stream of streams) {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(stream.length);
    parts.push(length, stream);
  }
  return brotliCompressSync(Buffer.concat(parts), BROTLI);
}

/**
 * A reader of the streams after `magic`, one per call, each copied so that typed arrays over it
 * are aligned. `fail` makes the error for a file that is no brotli (found undefined) or starts
 * with another magic line.
 */
export function unpackStreams(compressed: Buffer, magic: string, fail: (found?: string) => Error): () => Buffer {
  let buffer: Buffer;
  try {
    buffer = brotliDecompressSync(compressed);
  } catch {
    throw fail();
  }
  const found = buffer.toString('latin1', 0, magic.length);
  if (found !== magic) throw fail(found);
  let at = magic.length;
  return () => {
    const length = buffer.readUInt32LE(at);
    const stream = Buffer.from(buffer.subarray(at + 4, at + 4 + length));
    at += 4 + length;
    return stream;
  };
}
