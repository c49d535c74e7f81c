import { describe, expect, it } from 'vitest';
import { hashRange, WordTable, WORD_TABLE_LIMIT } from './word-table';

describe('WordTable', () => {
  it('finds a word inside a longer text by its offsets, without a substring', () => {
    const table = new WordTable<string>();
    const text = 'все ёлки и всё остальное';
    table.add('всё', hashRange('всё', 0, 3), 'found');
    expect(table.find(text, 11, 14, hashRange(text, 11, 14))).toBe('found');
    expect(table.find(text, 0, 3, hashRange(text, 0, 3))).toBeUndefined();
  });
  it('tells apart words whose hashes collide', () => {
    const table = new WordTable<number>();
    table.add('markkinoija', 7, 1);
    table.add('markkinoijat', 7, 2);
    table.add('блог', 7, 3);
    expect(table.find('markkinoijat', 0, 12, 7)).toBe(2);
    expect(table.find('xmarkkinoija', 1, 12, 7)).toBe(1);
    expect(table.find('блог', 0, 4, 7)).toBe(3);
    expect(table.find('блоге', 0, 5, 7)).toBeUndefined();
  });
  it('keeps every entry while it grows and starts afresh only past its limit', () => {
    const table = new WordTable<number>();
    const word = (i: number) => `w${i.toString(36)}`;
    for (let i = 0; i < 20_000; i++) table.add(word(i), hashRange(word(i), 0, word(i).length), i);
    expect(table.size).toBe(20_000);
    for (const i of [0, 1, 4095, 19_999]) expect(table.find(word(i), 0, word(i).length, hashRange(word(i), 0, word(i).length))).toBe(i);
    for (let i = 20_000; i <= WORD_TABLE_LIMIT + 1; i++) table.add(word(i), hashRange(word(i), 0, word(i).length), i);
    expect(table.size).toBeLessThanOrEqual(WORD_TABLE_LIMIT);
    const last = word(WORD_TABLE_LIMIT + 1);
    expect(table.find(last, 0, last.length, hashRange(last, 0, last.length))).toBe(WORD_TABLE_LIMIT + 1);
  });
});
