// The bench scores text with the project's own CER and WER (src/eval/metrics.ts), so its figures
// match `hoso eval`.
import { characterErrorRate, wordErrorRate } from '../eval/metrics.js';
import type { TextMetrics } from './score.js';

export const textMetrics: TextMetrics = {
  cer: (hypothesis, truth) => characterErrorRate(truth, hypothesis).rate,
  wer: (hypothesis, truth) => wordErrorRate(truth, hypothesis).rate,
};
