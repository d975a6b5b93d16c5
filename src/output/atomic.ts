// Atomic file writes: a temp file in the same folder, fsync, then rename, so a crash never
// leaves half a file where a reader (or a rerun's skip check) would find it.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { HosoError } from '../errors.js';

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw new HosoError('E_OUTPUT_WRITE', `cannot write ${target}: ${(error as Error).message}; check the output folder exists, is writable and has free space`, {
      cause: error,
    });
  }
}
