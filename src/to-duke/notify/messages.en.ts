import type { NotifyRuleId } from './notify';

/**
 * English texts of the notify rules, keyed by rule id.
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * NOTIFY_MESSAGES_EN['notify.external-clinic'];
 * ```
 */
export const NOTIFY_MESSAGES_EN: Readonly<Record<NotifyRuleId, string>> = {
  'notify.external-clinic':
    'An external clinic must notify the Medical Records department of its intent to send records before sending them: call {phone}.',
  'notify.duke-follows-up': 'The Medical Records department will follow up with the sender when the records are received.',
};
