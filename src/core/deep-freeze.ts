/**
 * Freezes a value and everything reachable from it, in place, and returns it
 * with a deeply read-only type. Used once, at module load, on the catalog and
 * the directory data.
 *
 * @internal
 * @example
 * ```ts
 * const data = deepFreeze({ a: [{ b: 1 }] });
 * Object.isFrozen(data.a[0]); // true
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
