import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import type { Sender } from '../schemas/sender';
import type { SenderActions } from '../schemas/sender-actions';
import type { RuleHit } from '../rule-hit';
import { deepFreeze } from '../../core/deep-freeze';

const SECTION = 'Sending Records Via Mail or Fax';

/**
 * Catalog entries of the notify area.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { NOTIFY_RULES } from 'duke-records-rules/catalog';
 * NOTIFY_RULES.map((r) => r.id); // ['notify.external-clinic', 'notify.duke-follows-up']
 * ```
 */
export const NOTIFY_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'notify.external-clinic',
      area: 'notify',
      severity: 'warning',
      summary: "It is the external clinic's responsibility to notify the Medical Records department of its intent to send records, before sending.",
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
      ambiguity: {
        note: 'The page puts the duty on "the external clinic" and does not say it for patients or other senders, nor whether a clinic that has not notified is refused.',
        reading:
          'Outside clinics and hospitals get the notify-first step before any send step, and a warning until they have notified; other senders are not asked to.',
      },
    },
    {
      id: 'notify.duke-follows-up',
      area: 'notify',
      severity: 'info',
      summary: 'The Medical Records department follows up with the sender upon receipt of the records.',
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of the notify area.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { NotifyRuleId } from 'duke-records-rules';
 * const id: NotifyRuleId = 'notify.external-clinic';
 * ```
 */
export type NotifyRuleId = (typeof NOTIFY_RULES)[number]['id'];

/**
 * Whether a sender must notify Medical Records before sending: external
 * clinics (and hospitals) must.
 *
 * @param sender - who sends
 * @returns `true` for an external clinic
 *
 * @internal
 * @example
 * ```ts
 * mustNotifyFirst('external-clinic'); // true
 * mustNotifyFirst('patient'); // false
 * ```
 */
export function mustNotifyFirst(sender: Sender): boolean {
  return sender === 'external-clinic';
}

/**
 * The notify findings of a submission: a warning at
 * `['actions', 'notifiedMedicalRecords']` when an external clinic has not
 * notified Medical Records, then the notice that Medical Records follows up
 * with the sender upon receipt (every submission).
 *
 * @param submission - the sender and its actions
 * @returns the hits
 *
 * @internal
 * @example
 * ```ts
 * notifyHits({ sender: 'external-clinic', actions: { notifiedMedicalRecords: false } }).map((h) => h.ruleId);
 * // ['notify.external-clinic', 'notify.duke-follows-up']
 * ```
 */
export function notifyHits(submission: { readonly sender: Sender; readonly actions: SenderActions }): RuleHit<NotifyRuleId>[] {
  const hits: RuleHit<NotifyRuleId>[] = [];
  if (mustNotifyFirst(submission.sender) && !submission.actions.notifiedMedicalRecords) {
    hits.push({ ruleId: 'notify.external-clinic', severity: 'warning', path: ['actions', 'notifiedMedicalRecords'] });
  }
  hits.push({ ruleId: 'notify.duke-follows-up', severity: 'info' });
  return hits;
}
