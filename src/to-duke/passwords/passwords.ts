import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import type { RecordItem } from '../schemas/record-item';
import type { RuleHit } from '../rule-hit';
import { deepFreeze } from '../../core/deep-freeze';

/**
 * Catalog entries of the passwords area.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { PASSWORD_RULES } from 'duke-records-rules/catalog';
 * PASSWORD_RULES[0].id; // 'password.separate'
 * ```
 */
export const PASSWORD_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'password.separate',
      area: 'passwords',
      severity: 'error',
      summary:
        'Never send a password with the removable media it opens; give it to Medical Records separately (by the follow-up call or e-mail after mail or fax).',
      source: cite(SOURCES.sendToDuke, 'Sending Records Via Mail or Fax'),
      editions: ['seed', '2025-10-18'],
      ambiguity: {
        note: '"Do not send passwords with removable media" stands in the section on mail and fax.',
        reading: 'A password packed with its media is refused on every channel: a password never travels with the data it protects.',
      },
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of the passwords area.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { PasswordRuleId } from 'duke-records-rules';
 * const id: PasswordRuleId = 'password.separate';
 * ```
 */
export type PasswordRuleId = (typeof PASSWORD_RULES)[number]['id'];

/**
 * Whether any item is password-protected removable media.
 *
 * @param items - the parsed items
 * @returns `true` when at least one medium is password protected
 *
 * @internal
 * @example
 * ```ts
 * hasProtectedMedia([{ kind: 'paper', pages: 1, original: false, radiology: [],
 *   label: { name: true, dateOfBirth: true, recordNumber: false, everyPage: true } }]); // false
 * ```
 */
export function hasProtectedMedia(items: readonly RecordItem[]): boolean {
  return items.some((item) => item.kind === 'media' && item.passwordProtected);
}

/**
 * The password findings of a submission: an error for each medium whose
 * password travels with it, at `['items', i, 'passwordEnclosed']`.
 *
 * @param items - the parsed items
 * @returns the hits, in item order
 *
 * @internal
 * @example
 * ```ts
 * passwordHits([{ kind: 'media', medium: 'usb-drive', original: false, radiology: [],
 *   passwordProtected: true, passwordEnclosed: true,
 *   label: { name: true, dateOfBirth: true, recordNumber: false } }]).map((h) => h.ruleId);
 * // ['password.separate']
 * ```
 */
export function passwordHits(items: readonly RecordItem[]): RuleHit<PasswordRuleId>[] {
  const hits: RuleHit<PasswordRuleId>[] = [];
  items.forEach((item, index) => {
    if (item.kind === 'media' && item.passwordEnclosed) {
      hits.push({
        ruleId: 'password.separate',
        severity: 'error',
        path: ['items', index, 'passwordEnclosed'],
        item: index + 1,
        medium: item.medium,
      });
    }
  });
  return hits;
}
