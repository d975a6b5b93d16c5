// The `tesseract` command line per page image, one process per core at a time: the floor any
// tool built on Tesseract starts from. Page images come out of the PDF as they are embedded
// (pdfimages -j: JPEG stays JPEG); a page that is not exactly one image is rendered with pdftoppm.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HeldOutDocument } from './held-out.js';
import { singleImagePages } from './pdf-images.js';
import { commandWorks, runMeasured, type RunResult } from './processes.js';
import { failureMessage, maxRss, sumCpu, type SystemOutput, type SystemRunner } from './system.js';
import { mapLimit } from '../util/map-limit.js';

interface PageJob {
  doc: string;
  page: number;
  image: string;
}

/** Tesseract's OpenMP threads would fight the process pool for the same cores. */
const TESSERACT_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };

async function extractPages(doc: HeldOutDocument, dir: string): Promise<{ jobs: PageJob[]; runs: RunResult[] }> {
  await mkdir(dir, { recursive: true });
  const runs: RunResult[] = [];
  const single = singleImagePages(doc.images);
  const jobs: PageJob[] = [];
  if (single.size > 0) {
    const extract = await runMeasured('pdfimages', ['-j', '-p', doc.pdf, path.join(dir, 'img')]);
    runs.push(extract);
    if (extract.exitCode !== 0) throw new Error(`pdfimages: ${failureMessage(extract)}`);
    const files = await readdir(dir);
    for (const [page] of single) {
      // pdfimages -p names files img-<page>-<n>.<ext>, page zero-padded to 3 digits.
      const prefix = `img-${String(page).padStart(3, '0')}-`;
      const file = files.find((f) => f.startsWith(prefix));
      if (file) jobs.push({ doc: doc.name, page, image: path.join(dir, file) });
    }
  }
  for (let page = 1; page <= doc.pages; page++) {
    if (jobs.some((j) => j.page === page)) continue;
    const dpi = String(doc.dpi[page - 1] ?? 300);
    const base = path.join(dir, `render-${page}`);
    const render = await runMeasured('pdftoppm', ['-r', dpi, '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), doc.pdf, base]);
    runs.push(render);
    if (render.exitCode !== 0) throw new Error(`pdftoppm page ${page}: ${failureMessage(render)}`);
    jobs.push({ doc: doc.name, page, image: `${base}.png` });
  }
  return { jobs: jobs.sort((a, b) => a.page - b.page), runs };
}

export function tesseractCliRunner(): SystemRunner {
  let version = '';
  return {
    name: 'tesseract',
    async unavailable() {
      const probe = await commandWorks('tesseract', ['--version']);
      if (!probe.ok) return 'the tesseract command is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)';
      version = probe.output.split('\n')[0];
      const langs = await commandWorks('tesseract', ['--list-langs']);
      if (!langs.output.split('\n').some((l) => l.trim() === 'vie')) return 'tesseract has no Vietnamese data (tesseract-ocr-vie)';
      for (const tool of ['pdfimages', 'pdftoppm']) {
        if (!(await commandWorks(tool, ['-v'])).ok) return `${tool} (poppler-utils) is not installed`;
      }
      return null;
    },
    async run(docs: readonly HeldOutDocument[], outDir: string, jobs: number): Promise<SystemOutput> {
      const failures = new Map<string, string>();
      const runs: RunResult[] = [];
      const started = performance.now();
      const extracted = await mapLimit(docs, jobs, async (doc) => {
        try {
          const pages = await extractPages(doc, path.join(outDir, doc.name));
          runs.push(...pages.runs);
          return pages.jobs;
        } catch (error) {
          failures.set(doc.name, (error as Error).message);
          return [];
        }
      });
      const pageJobs = extracted.flatMap((j) => j ?? []);
      const pageTexts = new Map<string, string>();
      await mapLimit(pageJobs, jobs, async (job) => {
        const base = path.join(outDir, job.doc, `page-${job.page}`);
        const result = await runMeasured('tesseract', [job.image, base, '-l', 'vie'], { env: TESSERACT_ENV });
        runs.push(result);
        if (result.exitCode === 0) pageTexts.set(`${job.doc}#${job.page}`, await readFile(`${base}.txt`, 'utf8'));
        else if (!failures.has(job.doc)) failures.set(job.doc, `page ${job.page}: ${failureMessage(result)}`);
      });
      const wallMs = performance.now() - started;
      const texts = new Map<string, string>();
      for (const doc of docs) {
        if (failures.has(doc.name)) continue;
        const pages = Array.from({ length: doc.pages }, (_, i) => pageTexts.get(`${doc.name}#${i + 1}`) ?? '');
        texts.set(doc.name, pages.join('\n'));
      }
      const ocrRuns = runs.filter((r) => r.command.startsWith('tesseract'));
      return {
        texts,
        failures,
        wallMs,
        cpuSeconds: sumCpu(runs),
        peakRssMiB: maxRss(ocrRuns),
        peakRssPerWorkerMiB: maxRss(ocrRuns),
        parallelism: jobs,
        invocation:
          `${version}: pdfimages -j -p (pdftoppm -r <dpi> where a page is not one image), then ` +
          `tesseract IMG OUT -l vie per page, ${jobs} processes at a time, OMP_THREAD_LIMIT=1; the wall time includes extraction`,
        memoryNote: 'largest peak RSS of any one tesseract process, by GNU time',
      };
    },
  };
}
