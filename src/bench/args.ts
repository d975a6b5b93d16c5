// The bench's command line: which documents to make, which systems to run, and the profile mode.

/** hoso with its default engine (tesseract.js), OCRmyPDF, the tesseract CLI, hoso with --engine tesseract. */
export type SystemName = 'hoso' | 'ocrmypdf' | 'tesseract' | 'hoso-native';
export const SYSTEMS: readonly SystemName[] = ['hoso', 'ocrmypdf', 'tesseract', 'hoso-native'];

export interface BenchArgs {
  /** Held-out documents to generate. @defaultValue 10 (4 with --quick) */
  docs: number;
  /** First generator seed; seeds from 1000 up are held out from every model and test. @defaultValue 1000 */
  seed: number;
  /** Share of the held-out documents scanned in greyscale (the generator's --grey). @defaultValue 0 */
  grey: number;
  /** Where the set and every system's output go (wiped first). @defaultValue bench/work */
  workDir: string;
  /** Where the figures are written. @defaultValue bench/results.json */
  resultsPath: string;
  /** Processes (or OCR workers) each system may run at once. @defaultValue one per core */
  jobs: number | null;
  /** Times the whole comparison is repeated, in a rotated order; each system reports its median round. @defaultValue 1 */
  rounds: number;
  /** Systems to run, in this order. @defaultValue all of them */
  systems: SystemName[];
  /** Time one page stage by stage instead of running the comparison. @defaultValue false */
  profile: boolean;
  /** Instead of the comparison, run hoso with one OCR worker over this many pages and sample its memory. @defaultValue null */
  memoryPages: number | null;
  /** Measure only the restorer (no OCR): its figures replace those in the results file. @defaultValue false */
  restorationOnly: boolean;
  help: boolean;
}

export const QUICK_DOCS = 4;
export const DEFAULT_DOCS = 10;
export const HELD_OUT_SEED = 1000;

export const USAGE = `usage: npm run bench -- [options]
  --docs N         held-out documents to generate (default ${DEFAULT_DOCS})
  --quick          a fast run: ${QUICK_DOCS} documents
  --seed S         first generator seed, at least ${HELD_OUT_SEED} (default ${HELD_OUT_SEED})
  --grey SHARE     share of the documents scanned in greyscale, 0–1 (default 0: the recorded set)
  --jobs N         processes or OCR workers per system (default: one per core)
  --rounds N       repeat the comparison N times in rotated order; report each system's median round
  --only a,b       run only these systems: ${SYSTEMS.join(', ')}
  --work DIR       working folder, wiped first (default bench/work)
  --results FILE   where to write the figures (default bench/results.json)
  --profile        time one page end to end, stage by stage
  --memory PAGES   hoso with one OCR worker over PAGES pages, its memory sampled (500 for issue 6)
  --restoration    only the restorer's figures (a minute, no OCR); they replace those in the results file
`;

function wholeNumber(flag: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min) {
    throw new Error(`${flag} needs a whole number of at least ${min} (got ${value ?? 'nothing'})`);
  }
  return n;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    docs: DEFAULT_DOCS,
    seed: HELD_OUT_SEED,
    grey: 0,
    workDir: 'bench/work',
    resultsPath: 'bench/results.json',
    jobs: null,
    rounds: 1,
    systems: [...SYSTEMS],
    profile: false,
    memoryPages: null,
    restorationOnly: false,
    help: false,
  };
  let docsGiven = false;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string | undefined => argv[++i];
    switch (flag) {
      case '--docs':
        args.docs = wholeNumber(flag, value(), 1);
        docsGiven = true;
        break;
      case '--quick':
        quick = true;
        break;
      case '--seed':
        args.seed = wholeNumber(flag, value(), HELD_OUT_SEED);
        break;
      case '--grey': {
        const given = value();
        args.grey = Number(given);
        if (given === undefined || !(args.grey >= 0 && args.grey <= 1)) {
          throw new Error(`--grey needs a share between 0 and 1 (got ${given ?? 'nothing'})`);
        }
        break;
      }
      case '--jobs':
        args.jobs = wholeNumber(flag, value(), 1);
        break;
      case '--rounds':
        args.rounds = wholeNumber(flag, value(), 1);
        break;
      case '--only': {
        const names = (value() ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        const unknown = names.filter((n) => !SYSTEMS.includes(n as SystemName));
        if (names.length === 0 || unknown.length) {
          throw new Error(`--only takes a comma-separated list of ${SYSTEMS.join(', ')} (got ${names.join(',') || 'nothing'})`);
        }
        args.systems = SYSTEMS.filter((s) => names.includes(s));
        break;
      }
      case '--work':
        args.workDir = value() ?? '';
        if (!args.workDir) throw new Error('--work needs a folder');
        break;
      case '--results':
        args.resultsPath = value() ?? '';
        if (!args.resultsPath) throw new Error('--results needs a file');
        break;
      case '--profile':
        args.profile = true;
        break;
      case '--memory':
        args.memoryPages = wholeNumber(flag, value(), 1);
        break;
      case '--restoration':
        args.restorationOnly = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      default:
        throw new Error(`unknown option ${flag}`);
    }
  }
  if (quick && !docsGiven) args.docs = QUICK_DOCS;
  return args;
}
