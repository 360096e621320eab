/**
 * A structural fingerprint for "did the call mutate its input?" that stays
 * linear on hostile values: it walks iteratively (no stack overflow at any
 * depth), visits a shared object once (the deep-nesting fixture references
 * each level three times, which makes `JSON.stringify` exponential), reads
 * data properties through their descriptors (never calling a getter), and
 * records a throwing proxy as unreadable. Strings are summarised by length
 * and ends.
 */
export function fingerprint(root: unknown): string {
  const ids = new Map<object, number>();
  const out: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      out.push(`s${value.length}:${value.slice(0, 16)}:${value.slice(-16)}`);
      continue;
    }
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      out.push(typeof value === 'bigint' ? `${value}n` : typeof value === 'symbol' ? 'sym' : String(value));
      continue;
    }
    const seen = ids.get(value);
    if (seen !== undefined) {
      out.push(`#${seen}`);
      continue;
    }
    ids.set(value, ids.size);
    try {
      const keys = Reflect.ownKeys(value);
      out.push(`{${keys.length}`);
      for (const key of keys) {
        const d = Reflect.getOwnPropertyDescriptor(value, key);
        out.push(String(key), d === undefined ? 'gone' : d.get !== undefined || d.set !== undefined ? 'accessor' : `w${d.writable ? 1 : 0}`);
        if (d !== undefined && 'value' in d) stack.push(d.value);
      }
      if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    } catch {
      out.push('unreadable');
    }
  }
  return out.join('|');
}
