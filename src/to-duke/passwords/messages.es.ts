import type { PasswordRuleId } from './passwords';

/**
 * Spanish texts of the passwords rules, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * PASSWORD_MESSAGES_ES['password.separate'];
 * ```
 */
export const PASSWORD_MESSAGES_ES: Readonly<Record<PasswordRuleId, string>> = {
  'password.separate':
    'Elemento {item} ({medium}): no envíe la contraseña con el medio extraíble. Désela a Registros Médicos por separado, por teléfono o por correo electrónico.',
};
