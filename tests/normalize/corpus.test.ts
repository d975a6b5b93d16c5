import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readProseLines } from '../../src/normalize/build/corpus.js';

const folder = mkdtempSync(join(tmpdir(), 'hoso-corpus-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function collect(text: string, articleBreaks: boolean): Promise<string[]> {
  const file = join(folder, 'seed-text.txt');
  writeFileSync(file, text);
  const lines: string[] = [];
  for await (const line of readProseLines(file, 'all', { articleBreaks })) lines.push(line);
  return lines;
}

// Laid out as viwiki is: sections after two empty lines, the next article after the
// references heading and one empty line.
const TWO_ARTICLES = [
  'Hà Nội là thủ đô của nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
  '',
  '',
  '== Địa lý ==',
  'Thành phố nằm ở hai bên bờ sông Hồng giữa vùng đồng bằng.',
  '',
  'Một dòng sau một dòng trống vẫn thuộc bài này về Hà Nội.',
  '',
  '',
  '== Tham khảo ==',
  '',
  'Sơn La là một tỉnh miền núi thuộc vùng Tây Bắc Bộ của Việt Nam.',
].join('\n');

describe('readProseLines', () => {
  it('marks the start of each article with an empty string when asked', async () => {
    expect(await collect(TWO_ARTICLES, true)).toEqual([
      'Hà Nội là thủ đô của nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
      'Thành phố nằm ở hai bên bờ sông Hồng giữa vùng đồng bằng.',
      'Một dòng sau một dòng trống vẫn thuộc bài này về Hà Nội.',
      '',
      'Sơn La là một tỉnh miền núi thuộc vùng Tây Bắc Bộ của Việt Nam.',
    ]);
  });

  it('yields prose lines only by default', async () => {
    const lines = await collect(TWO_ARTICLES, false);
    expect(lines).toHaveLength(4);
    expect(lines).not.toContain('');
  });
});
