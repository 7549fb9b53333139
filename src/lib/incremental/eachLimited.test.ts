import { describe, expect, it } from 'vitest';
import { eachLimited } from './eachLimited.ts';

describe('eachLimited', () => {
  it('does every item once, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachLimited([...Array(20).keys()], 3, async (item, index) => {
      expect(index).toBe(item);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, item % 4));
      done.push(item);
      running--;
    });
    expect(done.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(most).toBe(3);
  });

  it('rejects with a failure, and does nothing for no items', async () => {
    await expect(eachLimited([1, 2, 3], 2, async (item) => (item === 2 ? Promise.reject(new Error('二')) : undefined))).rejects.toThrow('二');
    await eachLimited([], 4, () => Promise.reject(new Error('never')));
  });
});
