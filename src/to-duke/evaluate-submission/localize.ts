import type { Finding } from '../../core/finding';
import { listText, render } from '../../core/fill';
import type { RuleHit } from '../rule-hit';
import type { ToDukeRuleId } from '../rule-id';
import type { Contact } from './contact';

type Context = { readonly hit: RuleHit<ToDukeRuleId>; readonly contact: Contact };

/**
 * The value of one placeholder of a finding message: the phone, or a
 * localized detail of the hit; `undefined` when the hit lacks it or the
 * placeholder is unknown (the message then shows it as written).
 *
 * @param key - the placeholder name
 * @param context - the hit and the contact
 * @returns the value, or `undefined`
 * @internal
 * @example
 * ```ts
 * messageParam('item', { hit: { ruleId: 'originals.never', severity: 'error', item: 3 }, contact }); // '3'
 * ```
 */
export function messageParam(key: string, { hit, contact }: Context): string | undefined {
  const { words } = contact;
  switch (key) {
    case 'phone':
      return contact.phone;
    case 'item':
      return hit.item === undefined ? undefined : String(hit.item);
    case 'medium':
      return hit.medium && words.media[hit.medium];
    case 'channel':
      return hit.channel && words.channels[hit.channel];
    case 'carrier':
      return hit.carrier && words.carriers[hit.carrier];
    case 'detected':
      return hit.detectedCarrier && words.carriers[hit.detectedCarrier];
    case 'fields':
      return hit.fields === undefined ? undefined : listText(hit.fields.map((f) => words.gaps[f]), words.and);
    case 'missing':
      return hit.missing === undefined ? undefined : listText(hit.missing.map((g) => words.gaps[g]), words.and);
  }
  return undefined;
}

/**
 * Turns a rule hit into a finding in the contact's locale: fills the
 * message's placeholders with localized names of the item's medium, the
 * channel and the label fields, the item number and the customer-service
 * phone (a message with no item or carrier detail is rendered once per
 * locale and channel). No patient data ever reaches a hit, so none reaches the message.
 *
 * @param hit - the rule hit
 * @param contact - the contact, which carries the locale
 * @returns the finding
 * @internal
 * @example
 * ```ts
 * toFinding({ ruleId: 'originals.never', severity: 'error', item: 2 }, contactFor(null, ENGLISH, null)).message;
 * // 'Item 2 is an original: do not send originals, send copies.'
 * ```
 */
export function toFinding(hit: RuleHit<ToDukeRuleId>, contact: Contact): Finding<ToDukeRuleId> {
  const template = contact.templates[hit.ruleId];
  let message: string | undefined;
  if (hit.item === undefined && hit.fields === undefined && hit.missing === undefined && hit.medium === undefined) {
    let byDetail = contact.messages.get(hit.ruleId);
    if (byDetail === undefined) {
      byDetail = new Map();
      contact.messages.set(hit.ruleId, byDetail);
    }
    const key = hit.carrier === undefined ? hit.channel : `${hit.channel ?? ''}:${hit.carrier}:${hit.detectedCarrier ?? ''}`;
    message = byDetail.get(key);
    if (message === undefined) {
      message = render(template, messageParam, { hit, contact });
      byDetail.set(key, message);
    }
  } else {
    message = render(template, messageParam, { hit, contact });
  }
  const { ruleId, severity, path } = hit;
  return path === undefined ? { ruleId, severity, message } : { ruleId, severity, message, path };
}
