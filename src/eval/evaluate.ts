// Scores a `hoso run` output folder against ground truth: for each processed input, the text of
// its JSON against <source without extension>.truth.txt (or the same name under a truth folder),
// and, where a .truth.json sits beside it, the structured fields against its labels.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CampaignDocument } from '../document.js';
import { type ManifestRecord, manifestPath, readManifest } from '../output/manifest.js';
import { characterErrorRate, wordErrorRate } from './metrics.js';
import {
  type FieldAccuracy, type FieldScore, type StructureLabels, fieldAccuracy, parseStructureLabels, scoreStructure,
} from './structure.js';

export interface ScoredDocument {
  id: string;
  source: string;
  truth: string;
  cer: number;
  wer: number;
  /** Reference length in characters and words, for pooled rates. */
  chars: number;
  words: number;
  charEdits: number;
  wordEdits: number;
  /** Field scores when a .truth.json with labels sits beside the truth text. */
  fields: FieldScore[] | null;
}

export interface SkippedDocument {
  id: string | null;
  source: string;
  reason: string;
}

export interface EvalReport {
  documents: ScoredDocument[];
  skipped: SkippedDocument[];
  /** Means over documents (each document weighs the same). */
  meanCer: number | null;
  meanWer: number | null;
  /** Edits over all reference characters / words (long documents weigh more). */
  pooledCer: number | null;
  pooledWer: number | null;
  structure: FieldAccuracy | null;
}

export class MissingManifestError extends Error {
  override readonly name = 'MissingManifestError';
}

/** Latest record per source path with an output to score: ok, or skipped because already done. */
function scorable(records: ManifestRecord[]): { use: ManifestRecord[]; failed: ManifestRecord[] } {
  const latest = new Map<string, ManifestRecord>();
  for (const record of records) {
    const previous = latest.get(record.source.path);
    if (previous?.status === 'ok' && record.status === 'skipped') continue;
    latest.set(record.source.path, record);
  }
  const all = [...latest.values()];
  return {
    use: all.filter((r) => r.status !== 'failed' && r.output !== null && r.id !== null),
    failed: all.filter((r) => r.status === 'failed'),
  };
}

/** Where the truth of a source lives: beside it, or by its base name under `truthDir`. */
export function truthPathFor(source: string, truthDir?: string): string {
  const stem = source.slice(0, source.length - path.extname(source).length);
  return truthDir ? path.join(truthDir, `${path.basename(stem)}.truth.txt`) : `${stem}.truth.txt`;
}

/** The labels in the .truth.json beside a truth text, or null when there are none usable. */
async function readStructureLabels(truthPath: string): Promise<StructureLabels | null> {
  const labelsPath = truthPath.replace(/\.truth\.txt$/, '.truth.json');
  if (!existsSync(labelsPath)) return null;
  try {
    return parseStructureLabels(JSON.parse(await readFile(labelsPath, 'utf8')));
  } catch {
    return null;
  }
}

/** The document JSON of one input, or null when it is missing, unreadable or has no text. */
async function readOutput(outputPath: string): Promise<CampaignDocument | null> {
  try {
    const doc = JSON.parse(await readFile(outputPath, 'utf8')) as Partial<CampaignDocument> | null;
    const structured = typeof doc?.header === 'object' && doc.header !== null && Array.isArray(doc.sections) && Array.isArray(doc.recipients);
    return typeof doc?.text === 'string' && structured ? (doc as CampaignDocument) : null;
  } catch {
    return null;
  }
}

const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

export async function evaluateRun(outDir: string, options: { truthDir?: string } = {}): Promise<EvalReport> {
  if (!existsSync(manifestPath(outDir))) {
    throw new MissingManifestError(`${manifestPath(outDir)} not found: give the --out folder of a \`hoso run\``);
  }
  const { use, failed } = scorable(await readManifest(outDir));
  const documents: ScoredDocument[] = [];
  const skipped: SkippedDocument[] = failed.map((r) => ({ id: r.id, source: r.source.path, reason: `failed (${r.error?.code ?? 'unknown'})` }));
  for (const record of use) {
    const source = record.source.path;
    const truth = truthPathFor(source, options.truthDir);
    const outputPath = path.join(outDir, record.output as string);
    if (!existsSync(truth)) {
      skipped.push({ id: record.id, source, reason: 'no truth' });
      continue;
    }
    const doc = await readOutput(outputPath);
    if (!doc) {
      skipped.push({ id: record.id, source, reason: `output ${record.output} missing or not a schema v1 document` });
      continue;
    }
    const reference = await readFile(truth, 'utf8');
    const cer = characterErrorRate(reference, doc.text);
    const wer = wordErrorRate(reference, doc.text);
    const labels = await readStructureLabels(truth);
    documents.push({
      id: record.id as string,
      source,
      truth,
      cer: cer.rate,
      wer: wer.rate,
      chars: cer.length,
      words: wer.length,
      charEdits: cer.edits,
      wordEdits: wer.edits,
      fields: labels ? scoreStructure(doc, labels) : null,
    });
  }
  const chars = documents.reduce((a, d) => a + d.chars, 0);
  const wordsTotal = documents.reduce((a, d) => a + d.words, 0);
  const labelled = documents.flatMap((d) => (d.fields ? [d.fields] : []));
  return {
    documents,
    skipped,
    meanCer: mean(documents.map((d) => d.cer)),
    meanWer: mean(documents.map((d) => d.wer)),
    pooledCer: chars === 0 ? null : documents.reduce((a, d) => a + d.charEdits, 0) / chars,
    pooledWer: wordsTotal === 0 ? null : documents.reduce((a, d) => a + d.wordEdits, 0) / wordsTotal,
    structure: labelled.length === 0 ? null : fieldAccuracy(labelled),
  };
}
