/** Compiled templates: literal text at even indexes, placeholder names at odd ones. */
const COMPILED = /* @__PURE__ */ (() =>
  new Map<string, readonly string[]>())();

/**
 * Splits a template into literal parts and placeholder names, once per
 * template (a pure memo: templates are the library's own constant texts).
 *
 * @param template - the template
 * @returns its parts
 * @internal
 * @example
 * ```ts
 * compile('Call {phone}.'); // ['Call ', 'phone', '.']
 * ```
 */
export function compile(template: string): readonly string[] {
  let parts = COMPILED.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    COMPILED.set(template, parts);
  }
  return parts;
}

/**
 * Fills the `{placeholders}` of a template with the values `resolve` gives
 * for them; a placeholder it has no value for (`undefined`) is left as
 * written, so a missing value shows.
 *
 * @param template - the template
 * @param resolve - gives the value of a placeholder
 * @param context - passed to `resolve`
 * @returns the text
 * @internal
 * @example
 * ```ts
 * render('Item {item} of {count}', (key, ctx) => (key === 'item' ? String(ctx) : undefined), 2);
 * // 'Item 2 of {count}'
 * ```
 */
export function render<C>(template: string, resolve: (key: string, context: C) => string | undefined, context: C): string {
  const parts = compile(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    const value = resolve(key, context);
    out += (value === undefined ? `{${key}}` : value) + (parts[i + 1] as string);
  }
  return out;
}

const fromRecord = (key: string, values: Readonly<Record<string, string | number>>): string | undefined =>
  Object.hasOwn(values, key) ? String(values[key]) : undefined;

/**
 * Fills the `{placeholders}` of a step or hours template from a record; a
 * placeholder with no value is left as written.
 *
 * @param template - the template
 * @param values - values by placeholder name (numbers are written with `String`)
 * @returns the text
 * @internal
 * @example
 * ```ts
 * fill('Fax {fax}, ask for {name}', { fax: '(919) 620-5165' }); // 'Fax (919) 620-5165, ask for {name}'
 * ```
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return render(template, fromRecord, values);
}

/**
 * Joins words as a list: `a`, `a and b`, `a, b and c` (`y` in Spanish).
 *
 * @param words - the entries
 * @param and - the word before the last entry
 * @returns the list as text
 * @internal
 * @example
 * ```ts
 * listText(['name', 'date of birth', 'medical record number'], 'and');
 * // 'name, date of birth and medical record number'
 * ```
 */
export function listText(words: readonly string[], and: string): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1] as string}`;
}
