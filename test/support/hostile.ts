/**
 * Hostile inputs for the fuzz and PHI suites: values that have broken
 * parsers elsewhere. Shared by every entry point's tests.
 */
import fc from 'fast-check';

/**
 * 10,000 levels of `{ patient: { patient: … } }`, of `{ items: [{ items: … }] }`
 * and of arrays. Each level holds one child only, so a walk is linear.
 */
export function deepNesting(depth = 10_000): { object: unknown; items: unknown; array: unknown } {
  let object: unknown = 'leaf';
  let items: unknown = 'leaf';
  let array: unknown = 'leaf';
  for (let i = 0; i < depth; i++) {
    object = { patient: object };
    items = { items: [items] };
    array = [array];
  }
  return { object, items, array };
}

/** An object whose every property read throws. */
export function throwingGetters(keys: readonly string[]): object {
  const target = {};
  for (const key of keys) {
    Object.defineProperty(target, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return target;
}

/** A proxy whose every trap throws. */
export function throwingProxy(): object {
  const trap = (): never => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
}

/** A fixed list of hostile values, built once (the 10 MB string is shared). */
export function hostileValues(keys: readonly string[]): unknown[] {
  const huge = 'x'.repeat(10 * 1024 * 1024);
  const { object, items, array } = deepNesting();
  const sparse: unknown[] = [];
  sparse[5000] = { kind: 'paper' };
  const protoKeys = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
  const withProto = Object.fromEntries(keys.map((k) => [k, protoKeys]));
  return [
    undefined,
    null,
    0,
    Number.NaN,
    -0,
    1n,
    Symbol('s'),
    () => 1,
    huge,
    [huge],
    Object.fromEntries(keys.map((k) => [k, huge])),
    object,
    items,
    array,
    sparse,
    protoKeys,
    withProto,
    throwingGetters(keys),
    throwingProxy(),
    Object.freeze(Object.fromEntries(keys.map((k) => [k, Object.freeze({})]))),
    new Proxy(Object.fromEntries(keys.map((k) => [k, 'x'])), {}),
    Object.create(null),
    new Date(Number.NaN),
    new Map([['a', 1]]),
    Object.fromEntries(keys.map((k) => [k, [] as unknown[]])),
  ];
}

/** Arbitrary values, including objects with the entry point's own keys and dangerous keys. */
export function anythingFor(keys: readonly string[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(fc.constantFrom(...keys, '__proto__', 'constructor', 'prototype'), fc.string());
  return fc.oneof(
    fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true }),
    fc.dictionary(key, fc.anything(), { maxKeys: 8 }),
  );
}

/** A structural snapshot for "did the call mutate its input?" (JSON-safe parts only). */
export function snapshot(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? 'undefined';
  } catch {
    return 'unserialisable';
  }
}

/** Whether `Object.prototype` has been polluted. */
export function prototypePolluted(): boolean {
  return ({} as Record<string, unknown>).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted');
}
