import { describe, expect, it } from 'vitest';
import { PROVINCES_34 } from '../../src/samples/places.js';
import { planSample, truthLabels, truthText } from '../../src/samples/sample.js';

const SEEDS = Array.from({ length: 30 }, (_, i) => i);

const wordsOf = (lines: string[]): string[] => lines.flatMap((l) => l.split(/\s+/).filter(Boolean));

describe('truth text', () => {
  it('holds exactly the words drawn on each page, in drawing order', () => {
    for (const seed of SEEDS) {
      const { pages } = planSample(seed);
      for (const page of pages) {
        const drawn = page.ops.flatMap((op) => (op.kind === 'text' ? op.text.split(/\s+/).filter(Boolean) : []));
        expect(wordsOf(page.lines), `seed ${seed}`).toEqual(drawn);
      }
    }
  });

  it('reads the header column by column, then the body, recipients and signature', () => {
    for (const seed of SEEDS) {
      const plan = planSample(seed);
      const lines = truthText(plan.pages).trimEnd().split('\n');
      const number = lines.indexOf(`Số: ${plan.doc.numberAsPrinted}`);
      const national = lines.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      const dateLine = lines.findIndex((l) => l.startsWith(`${plan.doc.place}, ngày`));
      const recipients = lines.indexOf('Nơi nhận:');
      expect(number, `seed ${seed}`).toBeGreaterThan(0);
      expect(national).toBeGreaterThan(number);
      expect(lines[national + 1]).toBe('Độc lập - Tự do - Hạnh phúc');
      expect(dateLine).toBe(national + 2);
      expect(recipients).toBeGreaterThan(dateLine);
      expect(lines.slice(-plan.doc.signature.lines.length - 1)).toEqual([...plan.doc.signature.lines, plan.doc.signature.name]);
    }
  });
});

describe('truth labels', () => {
  it('agree with the text: number, place and date, title, recipients, top-level sections', () => {
    for (const seed of SEEDS) {
      const plan = planSample(seed);
      const labels = truthLabels(seed, plan);
      const text = truthText(plan.pages);
      const lines = text.trimEnd().split('\n');
      const numberLine = lines.find((l) => l.startsWith('Số: '));
      // The label is the number without the stray spaces some offices type ("514 /KH-LMHTX").
      expect(numberLine?.slice('Số: '.length).replace(/\s+/g, '')).toBe(labels.number);
      if (labels.date) {
        const [y, m, d] = labels.date.split('-').map(Number);
        expect(text).toContain(`${labels.place}, ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`);
      } else {
        expect(text).toMatch(new RegExp(`${labels.place}, ngày tháng \\d+ năm \\d{4}`));
      }
      expect(text.replace(/\s+/g, ' ')).toContain(labels.title);
      const afterRecipients = lines.slice(lines.indexOf('Nơi nhận:') + 1);
      expect(afterRecipients.filter((l) => l.startsWith('- '))).toHaveLength(labels.recipients);
      const heading = {
        'ke-hoach': /^[IVX]+\. /,
        'bao-cao': /^[IVX]+\. /,
        'quyet-dinh': /^Điều \d+\. /,
        'phat-dong': /^\d+\. [A-ZĐ][^.]*$/,
        'thong-bao': /^\d+\. [A-ZĐ][^.]*$/,
        'cong-van': /^\d+\. /,
      }[labels.documentType as string];
      expect(heading, labels.documentType).toBeDefined();
      expect(lines.filter((l) => heading?.test(l)).length, `seed ${seed} ${labels.documentType}`).toBe(labels.topLevelSections);
      expect(lines.at(-1)).toBe(labels.signerName);
      const columns = plan.pages[0].headerColumns;
      expect(columns).toBeDefined();
      const left = lines.slice(0, columns?.left).join(' ');
      expect(left.startsWith([labels.issuerParent, labels.issuerName].filter(Boolean).join(' ')), `seed ${seed}: ${left}`).toBe(true);
    }
  });

  it('list each cited document and the campaign period as the text writes them', () => {
    const dmy = (iso: string) => iso.split('-').reverse().join('/');
    let references = 0;
    let periods = 0;
    for (const seed of SEEDS) {
      const plan = planSample(seed);
      const labels = truthLabels(seed, plan);
      const text = truthText(plan.pages).replace(/\s+/g, ' ');
      for (const r of labels.references) {
        const [y, m, d] = r.date.split('-');
        const long = `${d} tháng ${Number(m)} năm ${y}`;
        expect([`ngày ${dmy(r.date)} `, `ngày ${long} `].some((date) => text.includes(`${r.type} số ${r.number} ${date}của ${r.issuer}`))).toBe(true);
        references += 1;
      }
      if (labels.campaignPeriod) {
        expect(text).toMatch(new RegExp(`ngày ${dmy(labels.campaignPeriod.from)} đến hết ngày ${dmy(labels.campaignPeriod.to)}`));
        periods += 1;
      }
    }
    expect(references).toBeGreaterThan(SEEDS.length / 2);
    expect(periods).toBeGreaterThan(5);
  });

  it('covers every kind of document over a few dozen seeds', () => {
    const kinds = new Set(SEEDS.map((seed) => planSample(seed).doc.documentType));
    expect([...kinds].sort()).toEqual(['bao-cao', 'cong-van', 'ke-hoach', 'phat-dong', 'quyet-dinh', 'thong-bao']);
  });

  it('keeps resolution within 200–300 dpi, skew within ±2° and pages within the limit', () => {
    for (const seed of SEEDS) {
      const plan = planSample(seed, { maxPages: 3 });
      expect(plan.dpi).toBeGreaterThanOrEqual(200);
      expect(plan.dpi).toBeLessThanOrEqual(300);
      expect(Math.abs(plan.skewDeg)).toBeLessThanOrEqual(2);
      expect(plan.pages.length).toBeLessThanOrEqual(3);
    }
  });

  it('dates documents from July 2025 in one of the 34 provinces of the merger', () => {
    const names = new Set(PROVINCES_34.map((p) => (p.name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : p.name)));
    let checked = 0;
    for (const seed of SEEDS) {
      const { doc } = planSample(seed);
      const year = Number(/năm (\d{4})/.exec(doc.dateText)?.[1]);
      const month = Number(/tháng (\d+)/.exec(doc.dateText)?.[1]);
      if (year > 2025 || (year === 2025 && month >= 7)) {
        expect(names.has(doc.place), `${doc.place} (seed ${seed})`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
