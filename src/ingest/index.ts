// PLACEHOLDER until issue 2's ingest lands: opens a file by its bytes and exposes its pages.
import type { Config } from '../config.js';
import { HosoError } from '../errors.js';
import type { OpenedDocument } from './types.js';

export async function openDocument(path: string, _config: Config): Promise<OpenedDocument> {
  throw new HosoError('E_INPUT_UNSUPPORTED', `ingest is not implemented yet: ${path}`);
}
