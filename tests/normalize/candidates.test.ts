import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SyllableIndex } from '../../src/normalize/candidates.js';
import { ConfusionChannel, parseConfusions } from '../../src/normalize/channel.js';
import { deserializeModel, LanguageModel } from '../../src/normalize/lm.js';

const dictionaries = new URL('../../dictionaries/', import.meta.url);
let model: LanguageModel;
let index: SyllableIndex;
let latin: ConfusionChannel;

beforeAll(() => {
  model = new LanguageModel(deserializeModel(readFileSync(new URL('lm.bin.br', dictionaries))));
  index = new SyllableIndex(model);
  const rows = [
    ...parseConfusions(readFileSync(new URL('confusions.tsv', dictionaries), 'utf8')),
    ...parseConfusions(readFileSync(new URL('confusions-hand.tsv', dictionaries), 'utf8')),
  ];
  latin = new ConfusionChannel(rows.filter((row) => row.model === 'eng' || row.model === 'hand-eng'));
});

const spell = (ids: Iterable<number>) => [...ids].map((id) => model.vocab[id]);

describe('candidate generation', () => {
  it('offers every marked syllable that strips to the token', () => {
    const found = spell(index.stripped('hop'));
    expect(found).toEqual(expect.arrayContaining(['hợp', 'họp', 'hộp', 'hớp']));
    expect(found.every((syllable) => syllable.normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd') === 'hop')).toBe(true);
  });

  it('finds what the Latin-only OCR channel could have read as the token', () => {
    const cases: Array<[string, string]> = [['ctia', 'của'], ['s6', 'số'], ['nudc', 'nước'], ['pang', 'đảng'], ['thir', 'thứ'], ['1a', 'là'], ['d3', 'đã']];
    for (const [read, truth] of cases) {
      expect(spell(index.throughChannel(read, latin, -14).keys()), read).toContain(truth);
    }
  });

  it('scores a likely reading above an unlikely one', () => {
    const found = index.throughChannel('c6', latin, -14);
    const score = (syllable: string) => found.get(model.id(syllable)) ?? -Infinity;
    expect(score('có')).toBeGreaterThan(score('cà'));
  });

  it('knows a syllable as written, whatever the tone placement', () => {
    expect(index.exact('hoà')).toBe(index.exact('hòa'));
    expect(index.exact('hoà')).toBeGreaterThan(0);
    expect(index.exact('ctia')).toBe(-1);
  });
});
