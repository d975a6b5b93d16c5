import { describe, expect, it } from 'vitest';
import { NgramCounter } from '../../src/normalize/build/ngram-counter.js';
import { CooccurrenceCounter } from '../../src/normalize/build/topics.js';
import { deserializeModel, LanguageModel, serializeModel } from '../../src/normalize/lm.js';
import { TopicModel, vocabularyHash, type TopicContext } from '../../src/normalize/topics.js';

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

/** The context the topic model sees around the middle of `words`. */
function contextOf(model: LanguageModel, topics: TopicModel, words: string[]): TopicContext {
  const ids = words.map((word) => model.id(word));
  let found: TopicContext | undefined;
  const middle = Math.floor(ids.length / 2);
  topics.forEachContext(ids, (p) => p === middle, (_p, around) => (found = { sum: Float64Array.from(around.sum), count: around.count }));
  return found!;
}

describe('topic vectors built from a corpus', () => {
  const { model, topics } = build();

  it('favours the reading whose neighbours the corpus put near it', () => {
    const computer = contextOf(model, topics, ['máy', 'tính', 'đọc', 'X', 'dữ', 'liệu']);
    expect(topics.score(model.id('đĩa'), computer)).toBeGreaterThan(topics.score(model.id('địa'), computer));
    const mountains = contextOf(model, topics, ['vùng', 'núi', 'X', 'hình', 'bản', 'đồ']);
    expect(topics.score(model.id('địa'), mountains)).toBeGreaterThan(topics.score(model.id('đĩa'), mountains));
    const cooking = contextOf(model, topics, ['rau', 'luộc', 'X', 'chanh', 'gừng']);
    expect(topics.score(model.id('lá'), cooking)).toBeGreaterThan(topics.score(model.id('là'), cooking));
  });
});
