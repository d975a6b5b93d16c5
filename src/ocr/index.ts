// PLACEHOLDER until issue 2's OCR pool lands.
import type { Config } from '../config.js';
import { HosoError } from '../errors.js';
import type { OcrEngine } from './types.js';

export async function createOcrEngine(_config: Config): Promise<OcrEngine> {
  return {
    recognize: async () => {
      throw new HosoError('E_OCR_FAILED', 'OCR is not implemented yet');
    },
    close: async () => {},
  };
}
