// `npm run bench`: hoso, OCRmyPDF and the tesseract CLI on the same held-out scan-like PDFs, on
// the same machine, in one run; prints a table and writes bench/results.json.
// `npm run bench -- --profile` times one page stage by stage instead.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs, USAGE, type BenchArgs, type SystemName } from './args.js';
import { makeHeldOutSet, summarizeSet, type HeldOutDocument } from './held-out.js';
import { hosoRunner, type HosoOutput } from './hoso-run.js';
import { loadAverage, machineFacts } from './machine.js';
import { formatMemory, measureMemory } from './memory.js';
import { ocrmypdfRunner } from './ocrmypdf.js';
import { formatProfile, profilePage } from './profile.js';
import {
  computeRatios,
  formatResults,
  systemResult,
  unavailableResult,
  type BenchResults,
  type SystemResult,
} from './report.js';
import { restorationFigures } from './restoration-figures.js';
import { scoreTexts } from './score.js';
import { structureFigures } from './structure-figures.js';
import type { SystemRunner } from './system.js';
import { tesseractCliRunner } from './tesseract-cli.js';
import { textMetrics } from './text-metrics.js';

const NOTE =
  'Measured in one run on one machine, every system on the same files one after another; other work on a shared ' +
  'machine slows wall times, so compare the ratios, not the absolute times.';

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

const RUNNERS: Record<SystemName, () => SystemRunner> = {
  hoso: () => hosoRunner('tesseractjs'),
  ocrmypdf: ocrmypdfRunner,
  tesseract: tesseractCliRunner,
  'hoso-native': () => hosoRunner('tesseract'),
};

async function runSystems(args: BenchArgs, docs: readonly HeldOutDocument[], jobs: number) {
  const results: SystemResult[] = [];
  let hosoOutput: HosoOutput | null = null;
  for (const name of args.systems) {
    const runner = RUNNERS[name]();
    const reason = await runner.unavailable();
    if (reason) {
      log(`${name}: not available (${reason})`);
      results.push(unavailableResult(name, reason));
      continue;
    }
    const outDir = path.join(args.workDir, 'out', name);
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    log(`${name}: running on ${docs.length} documents, ${jobs} at a time…`);
    const before = loadAverage();
    const output = await runner.run(docs, outDir, jobs);
    const after = loadAverage();
    if (name === 'hoso') hosoOutput = output as HosoOutput;
    const score = scoreTexts(docs, output, textMetrics);
    const result = systemResult(name, output, score, { before, after });
    log(`${name}: ${result.docsOk}/${docs.length} documents in ${result.wallSeconds} s, mean CER ${result.meanCer}`);
    results.push(result);
  }
  return { results, hosoOutput };
}

async function bench(args: BenchArgs): Promise<BenchResults> {
  const machine = machineFacts();
  const jobs = args.jobs ?? machine.cores;
  log(`generating ${args.docs} held-out documents from seed ${args.seed} into ${args.workDir}/set…`);
  const docs = await makeHeldOutSet(path.join(args.workDir, 'set'), args.docs, args.seed);
  const set = summarizeSet(docs, args.seed);
  log(`set: ${set.docs} documents, ${set.pages} pages, ${set.dpi.min}–${set.dpi.max} dpi`);

  const { results: systems, hosoOutput } = await runSystems(args, docs, jobs);
  const ratios = computeRatios(systems);
  const structure = structureFigures(docs, hosoOutput);
  log('restoration figures…');
  const restoration = await restorationFigures();
  return {
    machine,
    set,
    note: NOTE,
    systems,
    ratios,
    goals: {
      speedAtLeast1_5x: ratios.wallOcrmypdfOverHoso === null ? null : ratios.wallOcrmypdfOverHoso >= 1.5,
      cerNotHigherThanOcrmypdf: ratios.cerHosoMinusOcrmypdf === null ? null : ratios.cerHosoMinusOcrmypdf <= 0,
    },
    structureFields: structure.figures,
    structureMisses: structure.misses,
    restoration,
  };
}

async function profile(args: BenchArgs): Promise<void> {
  const dir = path.join(args.workDir, 'profile');
  log(`generating held-out document seed ${args.seed} into ${dir}…`);
  const [doc] = await makeHeldOutSet(dir, 1, args.seed);
  const stages = await profilePage(doc.pdf, 1);
  process.stdout.write(`${formatProfile(doc.pdf, 1, stages)}\n`);
}

async function memory(args: BenchArgs, pages: number): Promise<number> {
  log(`generating ${args.docs} held-out documents from seed ${args.seed}…`);
  const docs = await makeHeldOutSet(path.join(args.workDir, 'set'), args.docs, args.seed);
  log(`hoso with one OCR worker over ${pages} pages…`);
  const run = await measureMemory(docs, args.workDir, pages);
  process.stdout.write(`${formatMemory(run)}\n`);
  return run.exitCode === 0 ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.profile) {
    await profile(args);
    return 0;
  }
  if (args.memoryPages !== null) return memory(args, args.memoryPages);
  const results = await bench(args);
  process.stdout.write(`${formatResults(results)}\n`);
  await mkdir(path.dirname(args.resultsPath), { recursive: true });
  await writeFile(args.resultsPath, `${JSON.stringify(results, null, 2)}${os.EOL}`);
  log(`figures written to ${args.resultsPath}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
