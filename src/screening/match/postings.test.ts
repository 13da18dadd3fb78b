import { describe, expect, it } from 'vitest';
import { Postings } from './postings.ts';

describe('Postings', () => {
  it('lists the names of each key once, in the order added, after freezing', () => {
    const postings = new Postings();
    postings.add('b', 0);
    postings.add('a', 0);
    postings.add('a', 0);
    postings.add('b', 2);
    postings.add('a', 3);
    postings.freeze();
    expect([...postings.get('a')]).toEqual([0, 3]);
    expect([...postings.get('b')]).toEqual([0, 2]);
    expect([...postings.get('c')]).toEqual([]);
    expect(postings.sizeOf(postings.slotOf('a'))).toBe(2);
    expect(postings.sizeOf(postings.slotOf('c'))).toBe(0);
    const seen: number[] = [];
    postings.forEach(postings.slotOf('b'), (id) => seen.push(id));
    expect(seen).toEqual([0, 2]);
  });

  it('grows past its first buffers and refuses additions once frozen', () => {
    const postings = new Postings();
    for (let id = 0; id < 5000; id++) postings.add(`k${id % 7}`, id);
    postings.freeze();
    expect(postings.get('k3').length).toBe(Math.ceil((5000 - 3) / 7));
    expect(() => postings.add('k1', 1)).toThrow(/frozen/);
  });
});
