/**
 * An RFC 3966 global number: `tel:`, `+`, digits with the visual separators
 * `-`, `.`, `(`, `)`, then `;name` or `;name=value` parameters.
 */
const TEL_URI = /^tel:(\+[\d().-]*\d[\d().-]*)((?:;[\da-z-]+(?:=(?:[\w!$&'()*+./:[\]~-]|%[\da-f]{2})+)?)*)$/i;
const SEPARATORS = /[().-]/g;

/**
 * Reads an RFC 3966 `tel:` URI of a global number (`tel:+1-704-660-4035;ext=7`)
 * into the text libphonenumber-js reads (`+17046604035;ext=7`): visual
 * separators removed, the extension kept, `isub` and any other parameter
 * ignored. Refused (`null`): a local number or a `phone-context` (a global
 * number takes none), a parameter given twice (names compare case-blind),
 * an extension without a digit, and anything not of RFC 3966's grammar.
 * White space around the URI is ignored; input that does not start with
 * `tel:` is returned unchanged.
 *
 * @param text - the input
 * @returns the number to parse, or `null` when it is a `tel:` URI this
 *   module refuses
 * @internal
 *
 * @example
 * ```ts
 * readTelUri('tel:+1-704-660-4035;ext=7'); // '+17046604035;ext=7'
 * readTelUri('tel:660-4035;phone-context=+1704'); // null
 * ```
 */
export function readTelUri(text: string): string | null {
  if (!/^\s*tel:/i.test(text)) return text;
  const uri = TEL_URI.exec(text.trim());
  if (uri === null) return null;
  const seen = new Set<string>();
  let extension = '';
  for (const parameter of (uri[2] as string).split(';').slice(1)) {
    const [name, value] = parameter.toLowerCase().split('=') as [string, string | undefined];
    if (seen.has(name) || name === 'phone-context') return null;
    seen.add(name);
    if (name === 'ext') {
      if (value === undefined || !/^[\d().-]*\d[\d().-]*$/.test(value)) return null;
      extension = `;ext=${value.replace(SEPARATORS, '')}`;
    }
  }
  return `${(uri[1] as string).replace(SEPARATORS, '')}${extension}`;
}
