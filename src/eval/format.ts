// Prints an evaluation as a plain-text table for people, or as JSON for scripts.
import type { EvalReport } from './evaluate.js';
import { STRUCTURE_FIELDS } from './structure.js';

const percent = (value: number | null): string => (value === null ? '-' : `${(value * 100).toFixed(2)}%`);

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd())
    .join('\n');
}

export function formatReport(report: EvalReport): string {
  const out: string[] = [];
  if (report.documents.length > 0) {
    const rows = [['document', 'CER', 'WER', 'chars', 'words', 'fields']];
    for (const d of report.documents) {
      const fields = d.fields ? `${d.fields.filter((f) => f.correct).length}/${d.fields.length}` : '-';
      rows.push([d.source, percent(d.cer), percent(d.wer), String(d.chars), String(d.words), fields]);
    }
    rows.push([`mean of ${report.documents.length}`, percent(report.meanCer), percent(report.meanWer), '', '', '']);
    rows.push(['pooled', percent(report.pooledCer), percent(report.pooledWer), '', '', '']);
    out.push(table(rows));
  } else {
    out.push('no document with truth text to score');
  }
  if (report.structure) {
    const s = report.structure;
    out.push('', `structure fields (${s.documents} labelled documents): ${percent(s.overall)} right`);
    out.push(table(STRUCTURE_FIELDS.map((f) => [`  ${f}`, percent(s.perField[f])])));
  }
  if (report.skipped.length > 0) {
    out.push('', `skipped ${report.skipped.length}:`);
    for (const s of report.skipped) out.push(`  ${s.source}: ${s.reason}`);
  }
  return `${out.join('\n')}\n`;
}

export function reportJson(report: EvalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
