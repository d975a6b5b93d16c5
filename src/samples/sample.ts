// One scan-like sample from a seed: the composed document, laid out, rendered, damaged, wrapped in
// a PDF, with its exact truth text and structure labels.
import { composeDocument } from './compose.js';
import { type LayoutStyle, type PageLayout, layoutDocument } from './layout.js';
import type { SampleDocument } from './model.js';
import { type JpegPage, writePdf } from './pdf.js';
import { Random } from './random.js';
import { renderPage } from './render.js';
import { type ScanDamage, randomDamage, scanToJpeg } from './scan.js';
import type { Stamp } from './stamp.js';
import { MM } from './typeset.js';

/** Labels written to <name>.truth.json, scored against hoso's structured output. */
export interface TruthLabels {
  seed: number;
  documentType: SampleDocument['documentType'];
  number: string;
  place: string;
  date: string | null;
  title: string;
  issuerName: string;
  issuerParent: string | null;
  topLevelSections: number;
  recipients: number;
  signerName: string;
  /** Numbered documents cited in the text: type, number, ISO date, issuer. */
  references: SampleDocument['references'];
  campaignPeriod: SampleDocument['campaignPeriod'];
  pages: number;
  dpi: number;
  skewDeg: number;
  jpegQuality: number;
  stampOverText: boolean;
  /** Scanned in shades of grey: the red seal is grey ink too, no colour tells it from the text. */
  grey: boolean;
}

export interface SampleOptions {
  /** Most pages a sample may have (at 1, the longest kinds may still take two). @defaultValue 4 */
  maxPages?: number;
  /** Fixes the resolution instead of drawing it from 200–300 dpi. */
  dpi?: number;
  /**
   * Share of samples scanned in greyscale, 0–1, as many archives scan. Drawn from a source of
   * its own, so a seed's text, layout and damage are the same at any share. @defaultValue 0
   */
  grey?: number;
}

export interface Sample {
  pdf: Buffer;
  truthText: string;
  labels: TruthLabels;
}

function layoutStyle(rng: Random): LayoutStyle {
  return {
    bodySize: rng.chance(0.5) ? 13 : 14,
    leading: rng.float(1.2, 1.45),
    paragraphGap: rng.float(2, 6),
    margins: {
      top: rng.float(20, 25) * MM,
      bottom: rng.float(20, 25) * MM,
      left: rng.float(30, 35) * MM,
      right: rng.float(15, 20) * MM,
    },
  };
}

/**
 * Composes and lays out, shrinking the content until it fits in `maxPages`, then the type as an
 * office squeezing a page would. Best effort: the shortest kế hoạch may still need two pages.
 */
function fitDocument(seed: number, rng: Random, maxPages: number): { doc: SampleDocument; pages: PageLayout[] } {
  const style = layoutStyle(rng);
  const compact: LayoutStyle = { ...style, bodySize: 13, leading: 1.15, paragraphGap: 1 };
  let size = rng.int(1, Math.min(4, maxPages));
  for (;;) {
    const doc = composeDocument(seed, size);
    const pages = layoutDocument(doc, style);
    if (pages.length <= maxPages) return { doc, pages };
    if (size === 1) {
      const squeezed = layoutDocument(doc, compact);
      return { doc, pages: squeezed.length < pages.length ? squeezed : pages };
    }
    size -= 1;
  }
}

function stampsFor(doc: SampleDocument, pages: PageLayout[], rng: Random, overText: boolean): Stamp[][] {
  const stamps: Stamp[][] = pages.map(() => []);
  const radius = rng.float(17, 21) * MM;
  const last = pages.length - 1;
  const signature = pages[last].signature;
  if (signature) {
    stamps[last].push({
      cx: signature.cx - rng.float(12, 22) * MM,
      cy: (signature.top + signature.nameY) / 2 + rng.float(-4, 4) * MM,
      radius,
      text: doc.stampText,
      angle: rng.float(-0.5, 0.5),
    });
  }
  if (overText) {
    const candidates = pages.flatMap((p, i) => p.bodyLines.map((line) => ({ page: i, line })));
    const { page, line } = rng.pick(candidates);
    stamps[page].push({
      cx: rng.float(line.x1 + radius, line.x2 - radius),
      cy: line.y,
      radius,
      text: doc.stampText,
      angle: rng.float(-Math.PI, Math.PI),
    });
  }
  return stamps;
}

/** Everything about a sample but its pixels: text, layout, scan settings, stamp places. */
export interface SamplePlan {
  doc: SampleDocument;
  pages: PageLayout[];
  dpi: number;
  skewDeg: number;
  damage: ScanDamage;
  stamps: Stamp[][];
  stampOverText: boolean;
  grey: boolean;
  /** The seeded source, positioned for rendering. */
  rng: Random;
}

export function planSample(seed: number, options: SampleOptions = {}): SamplePlan {
  const rng = new Random(seed ^ 0x5eed);
  const { doc, pages } = fitDocument(seed, rng, options.maxPages ?? 4);
  const dpi = options.dpi ?? rng.pick([200, 200, 240, 250, 300, 300]);
  const skewDeg = Math.round(rng.float(-2, 2) * 100) / 100;
  const damage = randomDamage(rng, dpi);
  const stampOverText = pages.some((p) => p.bodyLines.length > 0) && rng.chance(0.35);
  const stamps = stampsFor(doc, pages, rng, stampOverText);
  const grey = new Random(seed ^ 0x67e7).chance(options.grey ?? 0);
  return { doc, pages, dpi, skewDeg, damage, stamps, stampOverText, grey, rng };
}

export function truthText(pages: readonly PageLayout[]): string {
  return `${pages.flatMap((p) => p.lines).join('\n')}\n`;
}

export function truthLabels(seed: number, plan: SamplePlan): TruthLabels {
  const { doc } = plan;
  return {
    seed,
    documentType: doc.documentType,
    number: doc.number,
    place: doc.place,
    date: doc.date,
    title: doc.typeLine ? `${doc.typeLine} ${doc.summary}` : doc.summary,
    issuerName: doc.issuer.name.replace(/\n/g, ' '),
    issuerParent: doc.issuer.parent?.replace(/\n/g, ' ') ?? null,
    topLevelSections: doc.topLevelSections,
    recipients: doc.recipients.length,
    signerName: doc.signature.name,
    references: doc.references,
    campaignPeriod: doc.campaignPeriod,
    pages: plan.pages.length,
    dpi: plan.dpi,
    skewDeg: plan.skewDeg,
    jpegQuality: plan.damage.jpegQuality,
    stampOverText: plan.stampOverText,
    grey: plan.grey,
  };
}

export async function generateSample(seed: number, options: SampleOptions = {}): Promise<Sample> {
  const plan = planSample(seed, options);
  const { rng, dpi } = plan;
  const jpegs: JpegPage[] = [];
  for (const [i, page] of plan.pages.entries()) {
    // Each sheet after the first sits a little differently on the glass.
    const jitter = rng.float(-0.3, 0.3);
    const pageSkew = plan.skewDeg + (i > 0 ? jitter : 0);
    const rendered = renderPage(page, { dpi, skewDeg: pageSkew, stamps: plan.stamps[i] }, rng);
    const jpeg = await scanToJpeg(rendered, plan.damage, rng, plan.grey);
    jpegs.push({ jpeg, width: rendered.width, height: rendered.height, dpi, components: plan.grey ? 1 : 3 });
  }
  return { pdf: writePdf(jpegs), truthText: truthText(plan.pages), labels: truthLabels(seed, plan) };
}
