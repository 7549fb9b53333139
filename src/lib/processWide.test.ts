import { describe, expect, it, vi } from 'vitest';
import { processWide } from './processWide.ts';

describe('processWide(name, create)', () => {
  it('hands every caller the object first made under a name, as a second copy of a module would find it', async () => {
    const first = processWide('test.processWide', () => ({ count: 0 }));
    first.count++;
    // A fresh copy of this module, as a second loader in the build would make.
    vi.resetModules();
    const copy = await import('./processWide.ts');
    expect(copy.processWide).not.toBe(processWide);
    expect(copy.processWide('test.processWide', () => ({ count: 0 }))).toBe(first);
    expect(first.count).toBe(1);
  });

  it('keeps the key its users had before: Symbol.for("jindu." + name)', () => {
    const made = processWide('test.key', () => ({}));
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('jindu.test.key')]).toBe(made);
  });
});
