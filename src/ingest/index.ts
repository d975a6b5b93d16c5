// openDocument: checks a file in the order that costs least (exists, size, hash, type by its
// bytes), then hands it to the reader of its kind. pdfjs and sharp load only when needed.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Config } from '../config.js';
import { HosoError } from '../errors.js';
import { nameClaimsKnownType, sniff } from './sniff.js';
import { openText } from './text.js';
import type { OpenedDocument, SourceInfo } from './types.js';

export type { OpenedDocument, PageContent, PageImage, SourceInfo, SourceKind } from './types.js';

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new HosoError('E_INPUT_UNSUPPORTED', `${path} is a folder: give hoso the files in it (hoso run takes folders)`);
    }
    return info.size;
  } catch (error) {
    if (error instanceof HosoError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new HosoError('E_INPUT_NOT_FOUND', `input not found: ${path}: check the path and that the file still exists`, {
        cause: error,
      });
    }
    throw new HosoError('E_INPUT_NOT_FOUND', `cannot open ${path} (${code ?? String(error)}): check that it exists and is readable`, {
      cause: error,
    });
  }
}

export async function openDocument(path: string, config: Config): Promise<OpenedDocument> {
  const size = await fileSize(path);
  if (size > config.limits.maxBytes) {
    throw new HosoError(
      'E_INPUT_TOO_LARGE',
      `${path} is ${mib(size)}, over the ${mib(config.limits.maxBytes)} limit: split it, or raise HOSO_MAX_BYTES`,
    );
  }
  const bytes = await readFile(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { path, sha256, bytes: bytes.length };

  if (bytes.length === 0) {
    throw new HosoError('E_INPUT_CORRUPT', `${path} is empty (0 bytes): copy it again from the original`);
  }
  const type = sniff(bytes);
  if (type === null) {
    if (nameClaimsKnownType(path)) {
      throw new HosoError(
        'E_INPUT_CORRUPT',
        `${path} is not a readable file of the type its name says (its bytes match no PDF, image or text format): copy it again from the original`,
      );
    }
    throw new HosoError(
      'E_INPUT_UNSUPPORTED',
      `${path} is of no type hoso reads (PDF, PNG, JPEG, TIFF, text): convert it to PDF or an image first`,
    );
  }
  if (!type.readable) {
    throw new HosoError('E_INPUT_UNSUPPORTED', `${path} is ${type.format}, which hoso does not read: ${type.advice}`);
  }

  if (type.kind === 'pdf') {
    const { openPdf } = await import('./pdf.js');
    return openPdf(bytes, { ...base, kind: 'pdf', format: 'pdf' }, config);
  }
  if (type.kind === 'image') {
    const { openImage } = await import('./image.js');
    const source: SourceInfo = { ...base, kind: 'image', format: type.format };
    return openImage(bytes, source, config);
  }
  return openText(bytes, base);
}
