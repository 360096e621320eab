import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deep-freeze';

describe('deepFreeze', () => {
  it('freezes every level, including symbol keys, and returns the same value', () => {
    const sym = Symbol('s');
    const value = { a: [{ b: { c: 1 } }], [sym]: { d: 2 } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.a[0]?.b)).toBe(true);
    expect(Object.isFrozen(value[sym])).toBe(true);
  });

  it('leaves primitives alone and stops at frozen objects', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBeNull();
    const inner = { x: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze(outer);
    expect(Object.isFrozen(inner)).toBe(false);
  });
});
