import type { PasswordRuleId } from './passwords';

/**
 * English texts of the passwords rules, keyed by rule id.
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * PASSWORD_MESSAGES_EN['password.separate'];
 * ```
 */
export const PASSWORD_MESSAGES_EN: Readonly<Record<PasswordRuleId, string>> = {
  'password.separate':
    'Item {item} ({medium}): do not send the password with the removable media. Give it to Medical Records separately, by phone or e-mail.',
};
