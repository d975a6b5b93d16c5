// `npm run bench`: hoso, OCRmyPDF, the tesseract CLI and hoso --engine tesseract on the same
// held-out scan-like PDFs, on the same machine, in one run (--rounds N repeats it in rotated
// order); prints a table and writes bench/results.json. `--profile` times one page stage by
// stage instead, and `--memory N` samples hoso's memory with one OCR worker over N pages.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
  formatFigures,
  formatResults,
  systemResult,
  unavailableResult,
  type BenchResults,
  type RoundFigures,
  type SystemResult,
} from './report.js';
import { medianIndex, roundOrder } from './rounds.js';
import { restorationFigures } from './restoration-figures.js';
import { scoreTexts } from './score.js';
import { structureFigures } from './structure-figures.js';
import type { SystemOutput, SystemRunner } from './system.js';
import { tesseractCliRunner } from './tesseract-cli.js';
import { textMetrics } from './text-metrics.js';

function note(rounds: number): string {
  const how =
    rounds > 1
      ? `${rounds} rounds in one run, the systems in a rotated order each round, each reported by its median round`
      : 'one run, the systems one after another';
  return (
    `Measured on one machine, every system on the same files, ${how}; other work on a shared machine slows wall ` +
    'times, so compare the ratios and the CPU seconds, not the absolute times.'
  );
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

const RUNNERS: Record<SystemName, () => SystemRunner> = {
  hoso: () => hosoRunner('tesseractjs'),
  ocrmypdf: ocrmypdfRunner,
  tesseract: tesseractCliRunner,
  'hoso-native': () => hosoRunner('tesseract'),
};

interface RoundRun {
  round: number;
  position: number;
  output: SystemOutput;
  loadAverage: { before: number; after: number };
}

async function runOnce(name: SystemName, runner: SystemRunner, docs: readonly HeldOutDocument[], dir: string, jobs: number) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const before = loadAverage();
  const output = await runner.run(docs, dir, jobs);
  const after = loadAverage();
  log(`${name}: ${docs.length - output.failures.size}/${docs.length} documents in ${(output.wallMs / 1000).toFixed(1)} s`);
  return { output, loadAverage: { before, after } };
}

async function runSystems(args: BenchArgs, docs: readonly HeldOutDocument[], jobs: number) {
  const available: [SystemName, SystemRunner][] = [];
  const unavailable = new Map<SystemName, string>();
  for (const name of args.systems) {
    const runner = RUNNERS[name]();
    const reason = await runner.unavailable();
    if (reason) {
      log(`${name}: not available (${reason})`);
      unavailable.set(name, reason);
    } else {
      available.push([name, runner]);
    }
  }
  const runs = new Map<SystemName, RoundRun[]>();
  for (let round = 0; round < args.rounds; round++) {
    const order = roundOrder(available, round);
    if (args.rounds > 1) log(`round ${round + 1} of ${args.rounds}: ${order.map(([name]) => name).join(', ')}`);
    for (const [i, [name, runner]] of order.entries()) {
      log(`${name}: running on ${docs.length} documents, ${jobs} at a time…`);
      const dir = path.join(args.workDir, 'out', args.rounds > 1 ? `${name}-${round + 1}` : name);
      const run = await runOnce(name, runner, docs, dir, jobs);
      runs.set(name, [...(runs.get(name) ?? []), { round: round + 1, position: i + 1, ...run }]);
    }
  }
  const results: SystemResult[] = [];
  let hosoOutput: HosoOutput | null = null;
  for (const name of args.systems) {
    const reason = unavailable.get(name);
    if (reason) {
      results.push(unavailableResult(name, reason));
      continue;
    }
    const systemRuns = runs.get(name) ?? [];
    const median = systemRuns[medianIndex(systemRuns.map((r) => r.output.wallMs))];
    if (name === 'hoso') hosoOutput = median.output as HosoOutput;
    const rounds: RoundFigures[] = systemRuns.map((r) => ({
      round: r.round,
      position: r.position,
      wallSeconds: Math.round(r.output.wallMs / 10) / 100,
      cpuSeconds: r.output.cpuSeconds,
      loadAverage: r.loadAverage,
    }));
    const score = scoreTexts(docs, median.output, textMetrics);
    results.push(systemResult(name, median.output, score, median.loadAverage, rounds));
  }
  return { results, hosoOutput };
}

async function bench(args: BenchArgs): Promise<BenchResults> {
  const machine = machineFacts();
  const jobs = args.jobs ?? machine.cores;
  log(`generating ${args.docs} held-out documents from seed ${args.seed} into ${args.workDir}/set…`);
  const docs = await makeHeldOutSet(path.join(args.workDir, 'set'), args.docs, args.seed, args.grey);
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
    note: note(args.rounds),
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
  const [doc] = await makeHeldOutSet(dir, 1, args.seed, args.grey);
  const stages = await profilePage(doc.pdf, 1);
  process.stdout.write(`${formatProfile(doc.pdf, 1, stages)}\n`);
}

async function memory(args: BenchArgs, pages: number): Promise<number> {
  log(`generating ${args.docs} held-out documents from seed ${args.seed}…`);
  const docs = await makeHeldOutSet(path.join(args.workDir, 'set'), args.docs, args.seed, args.grey);
  log(`hoso with one OCR worker over ${pages} pages…`);
  const run = await measureMemory(docs, args.workDir, pages);
  process.stdout.write(`${formatMemory(run)}\n`);
  return run.exitCode === 0 ? 0 : 1;
}

/** The restorer's figures alone, written over those of the last full run (the rest is kept). */
async function restorationOnly(args: BenchArgs): Promise<number> {
  // Measured before the figures, as the full run does: the reference work tells this machine's speed.
  const machine = machineFacts();
  log(`restoration figures… (reference work ${machine.referenceWorkMs} ms CPU, load average ${machine.loadAverageAtStart}, samples set in ${machine.sampleFont})`);
  if (machine.sampleFont !== 'Liberation Serif') log('note: Liberation Serif is not installed (Debian: fonts-liberation2): the generated documents differ from those of the recorded figures');
  const restoration = await restorationFigures();
  process.stdout.write(`${formatFigures('restoration', restoration)}\n`);
  let previous: Partial<BenchResults> = {};
  try {
    previous = JSON.parse(await readFile(args.resultsPath, 'utf8')) as BenchResults;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(args.resultsPath), { recursive: true });
  await writeFile(args.resultsPath, `${JSON.stringify({ ...previous, restoration, restorationMeasuredOn: machine }, null, 2)}${os.EOL}`);
  log(`restoration figures written to ${args.resultsPath}`);
  return 0;
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
  if (args.restorationOnly) return restorationOnly(args);
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
