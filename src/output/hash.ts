// The content hash that names a document (doc-<first 16 hex>), streamed so a rerun's skip
// check does not hold a large scan in memory. A missing or unreadable file fails here with
// the code the manifest records, the same for `hoso run` and `hoso enqueue`.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { HosoError } from '../errors.js';

export async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HosoError('E_INPUT_NOT_FOUND', `no such file or folder: ${filePath}; check the path`);
    if (code === 'EACCES') throw new HosoError('E_INPUT_NOT_FOUND', `cannot read ${filePath}: permission denied`);
    throw error;
  }
  return hash.digest('hex');
}
