// Progress on stderr for long batches: a live bar on a TTY (documents, pages, pages/min, ETA),
// one plain line per finished document otherwise.
import cliProgress from 'cli-progress';
import type { BatchEvent } from '../batch.js';

export interface Progress {
  onEvent(event: BatchEvent): void;
  stop(): void;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function createProgress(stream: NodeJS.WriteStream, quiet: boolean): Progress {
  if (quiet) return { onEvent: () => {}, stop: () => {} };
  const started = performance.now();
  let files = 0;
  let done = 0;
  let pages = 0;
  const rate = () => {
    const minutes = (performance.now() - started) / 60_000;
    return minutes > 0 ? pages / minutes : 0;
  };
  // ETA from documents: page counts of inputs not yet opened are unknown.
  const eta = () => (done ? ((performance.now() - started) / 1000 / done) * (files - done) : Number.NaN);

  if (!stream.isTTY) {
    return {
      onEvent(event) {
        if (event.type === 'start') files = event.files;
        if (event.type === 'page') pages += 1;
        if (event.type !== 'document') return;
        done += 1;
        const { record } = event;
        const detail =
          record.status === 'failed'
            ? `${record.error?.code}: ${record.error?.message}`
            : `${record.pages ?? 0} ${record.pages === 1 ? 'page' : 'pages'}, ${(record.ms / 1000).toFixed(1)} s`;
        stream.write(`hoso: [${done}/${files}] ${record.status} ${record.source.path} (${detail})\n`);
      },
      stop() {},
    };
  }

  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'hoso {bar} {value}/{total} documents | {pages} pages | {rate} pages/min | ETA {etaText} | {last}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = () => ({ pages, rate: rate().toFixed(1), etaText: formatDuration(eta()) });
  return {
    onEvent(event) {
      if (event.type === 'start') {
        files = event.files;
        bar.start(files, 0, { ...payload(), last: '' });
      } else if (event.type === 'page') {
        pages += 1;
        bar.update(payload());
      } else {
        done += 1;
        const { record } = event;
        if (record.status === 'failed') {
          // Keep failures visible above the bar.
          bar.stop();
          stream.write(`hoso: failed ${record.source.path}: ${record.error?.code}: ${record.error?.message}\n`);
          bar.start(files, done, { ...payload(), last: '' });
        }
        bar.update(done, { ...payload(), last: record.source.path });
      }
    },
    stop: () => bar.stop(),
  };
}

export { formatDuration };
