import { describe, expect, it } from 'vitest';
import { emptyHeader, type CampaignDocument } from '../../src/document.js';
import type { HeldOutDocument } from '../../src/bench/held-out.js';
import type { HosoOutput } from '../../src/bench/hoso-run.js';
import { structureFigures } from '../../src/bench/structure-figures.js';

const LABELS = {
  documentType: 'ke-hoach',
  number: '14/KH-LMHTX',
  place: 'Sơn La',
  date: '2026-01-29',
  title: 'KẾ HOẠCH Tổ chức phong trào thi đua',
  issuerName: 'LIÊN MINH HTX',
  topLevelSections: 2,
  recipients: 3,
  signerName: 'Nguyễn Khải',
};

function heldOut(name: string): HeldOutDocument {
  return { name, pdf: `${name}.pdf`, truthText: '', truthLabels: LABELS, pages: 1, dpi: [300], images: [] };
}

function section(label: string) {
  return { label, heading: null, level: 1, text: '', children: [] };
}

const RIGHT = {
  documentType: 'ke-hoach',
  header: { ...emptyHeader(), issuer: { parent: null, name: 'LIÊN MINH HTX' }, number: '14 /KH-LMHTX', place: 'Sơn La', date: '2026-01-29' },
  title: 'KẾ HOẠCH Tổ chức phong trào thi đua',
  preamble: null,
  sections: [section('I'), section('II')],
  references: [],
  campaign: null,
  recipients: ['a', 'b', 'c'],
  signature: { authority: null, position: 'CHỦ TỊCH', name: 'Nguyễn Khải' },
} as unknown as CampaignDocument;

function hosoWith(documents: Record<string, CampaignDocument>): HosoOutput {
  const map = new Map(Object.entries(documents));
  return {
    documents: map,
    texts: new Map(),
    failures: new Map(),
    wallMs: 1,
    cpuSeconds: null,
    peakRssMiB: null,
    peakRssPerWorkerMiB: null,
    parallelism: 1,
    invocation: '',
    memoryNote: '',
  };
}

describe('structureFigures', () => {
  it('scores every labelled field of a document hoso got right', () => {
    const { figures, misses } = structureFigures([heldOut('a')], hosoWith({ a: RIGHT }));
    expect(figures[0]).toMatchObject({ name: 'all fields', value: 1 });
    expect(misses).toEqual([]);
  });

  it('counts a document hoso failed against the accuracy', () => {
    const { figures, misses } = structureFigures([heldOut('a'), heldOut('b')], hosoWith({ a: RIGHT }));
    expect(figures[0].value).toBeLessThan(0.6);
    expect(misses.every((m) => m.document === 'b')).toBe(true);
    expect(misses.map((m) => m.field)).toContain('signerName');
  });

  it('says why there is no figure when hoso did not run', () => {
    expect(structureFigures([heldOut('a')], null).figures).toEqual([
      { name: 'all fields', value: null, unit: '%', note: 'hoso did not run' },
    ]);
  });
});
