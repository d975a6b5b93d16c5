import { describe, expect, it } from 'vitest';
import { medianIndex, roundOrder } from '../../src/bench/rounds.js';

describe('roundOrder', () => {
  it('rotates the order each round so every system takes every place', () => {
    const systems = ['hoso', 'ocrmypdf', 'tesseract'];
    expect(roundOrder(systems, 0)).toEqual(['hoso', 'ocrmypdf', 'tesseract']);
    expect(roundOrder(systems, 1)).toEqual(['ocrmypdf', 'tesseract', 'hoso']);
    expect(roundOrder(systems, 2)).toEqual(['tesseract', 'hoso', 'ocrmypdf']);
    expect(roundOrder(systems, 3)).toEqual(systems);
  });
});

describe('medianIndex', () => {
  it('finds the round with the median time', () => {
    expect(medianIndex([30, 10, 20])).toBe(2);
  });

  it('takes the lower middle of an even count', () => {
    expect(medianIndex([40, 10, 30, 20])).toBe(3);
  });

  it('refuses an empty list', () => {
    expect(() => medianIndex([])).toThrow();
  });
});
