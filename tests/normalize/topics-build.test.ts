import { describe, expect, it } from 'vitest';
import { NgramCounter } from '../../src/normalize/build/ngram-counter.js';
import { CooccurrenceCounter } from '../../src/normalize/build/topics.js';
import { deserializeModel, LanguageModel, serializeModel } from '../../src/normalize/lm.js';
import { TopicModel, vocabularyHash } from '../../src/normalize/topics.js';

const corpus = [
  'ổ đĩa cứng lưu dữ liệu của máy tính',
  'dữ liệu được ghi lên đĩa từ của máy tính',
  'máy tính đọc dữ liệu từ đĩa cứng',
  'địa lý và địa hình của vùng núi cao',
  'bản đồ địa hình cho thấy vùng núi',
  'núi cao là nơi có địa hình hiểm trở',
  'rau muống luộc với lá chanh và gừng',
  'nước luộc rau có lá sả và lá chanh',
  'đây là một món ăn của vùng núi',
];

function build(): { model: LanguageModel; topics: TopicModel } {
  const counter = new NgramCounter();
  for (const line of corpus) counter.add(line);
  const model = new LanguageModel(deserializeModel(serializeModel(counter.build())));
  const cooccurrences = new CooccurrenceCounter(model, 5);
  for (let copy = 0; copy < 20; copy++) for (const line of corpus) cooccurrences.add(line);
  const data = cooccurrences.build({ rank: 6, smoothing: 5, cap: 3 });
  expect(data.vocabularyHash).toBe(vocabularyHash(model.vocab));
  return { model, topics: new TopicModel(data) };
}

/** The lifts of `readings` in the middle of `words` (the middle word itself stands for its first reading). */
function liftsOf(model: LanguageModel, topics: TopicModel, words: string[], readings: string[]): number[] {
  const middle = Math.floor(words.length / 2);
  const chosen = Int32Array.from(words.map((word, p) => model.id(p === middle ? readings[0] : word)));
  const optionIds = words.flatMap((word, p) => (p === middle ? readings : [word])).map((word) => model.id(word));
  const starts = Int32Array.from({ length: words.length + 1 }, (_, p) => (p <= middle ? p : p + readings.length - 1));
  const scores = new Float64Array(optionIds.length);
  topics.lift(chosen, starts, Int32Array.from(optionIds), scores, 1);
  return readings.map((_, k) => scores[middle + k]);
}

describe('topic vectors built from a corpus', () => {
  const { model, topics } = build();

  it('favours the reading whose neighbours the corpus put near it', () => {
    const [disc, place] = liftsOf(model, topics, ['máy', 'tính', 'đọc', 'X', 'dữ', 'liệu'], ['đĩa', 'địa']);
    expect(disc).toBeGreaterThan(place);
    const [place2, disc2] = liftsOf(model, topics, ['vùng', 'núi', 'X', 'hình', 'bản', 'đồ'], ['địa', 'đĩa']);
    expect(place2).toBeGreaterThan(disc2);
    const [leaf, is] = liftsOf(model, topics, ['rau', 'luộc', 'X', 'chanh', 'gừng'], ['lá', 'là']);
    expect(leaf).toBeGreaterThan(is);
  });
});
