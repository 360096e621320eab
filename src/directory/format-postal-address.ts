import type { PostalAddressParts } from './types';

/**
 * The display lines of a postal address, from its parts: the "Attn:" line,
 * the recipient and the organization (each where present), the street
 * lines or the box line, then `City, ST 12345`. No country line (a
 * domestic address). Every address of the directory has exactly these
 * lines as its `lines`.
 *
 * @param parts - the parts of the address
 * @returns the lines, top to bottom
 *
 * @internal
 * @example
 * ```ts
 * formatPostalAddress({
 *   attention: 'Medical Records Department',
 *   recipient: null,
 *   organization: 'Duke Health Lake Norman Hospital',
 *   street: [],
 *   poBox: 'P.O. Box 3250',
 *   city: 'Mooresville',
 *   state: 'NC',
 *   zip: '28117',
 *   country: 'US',
 * });
 * // ['Attn: Medical Records Department', 'Duke Health Lake Norman Hospital', 'P.O. Box 3250', 'Mooresville, NC 28117']
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function formatPostalAddress(parts: PostalAddressParts): string[] {
  const { attention, recipient, organization, street, poBox, city, state, zip } = parts;
  return [attention === null ? null : `Attn: ${attention}`, recipient, organization, ...street, poBox, `${city}, ${state} ${zip}`].filter(
    (line): line is string => line !== null,
  );
}
