import type { HipaaCompoundRuleId } from './compound';

/**
 * Spanish texts of the rules of 45 CFR 164.508(b)(3), (b)(4) and (c)(2)(ii), keyed by rule id.
 * They name the rule, never the content or a date the caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_COMPOUND_MESSAGES_ES['hipaa.508b3-compound'];
 * ```
 */
export const HIPAA_COMPOUND_MESSAGES_ES: Readonly<Record<HipaaCompoundRuleId, string>> = {
  'hipaa.508b3-compound':
    'La autorización está combinada con otro tipo de documento (como un consentimiento de tratamiento o un aviso). Solo puede combinarse con otras autorizaciones o, para investigación, con otro permiso escrito para investigación.',
  'hipaa.508b3i-research':
    'Solo una autorización para investigación puede combinarse con otro permiso escrito para investigación. Esta autorización no es para investigación.',
  'hipaa.508b3ii-psychotherapy-notes':
    'Una autorización para notas de psicoterapia solo puede combinarse con otra autorización para notas de psicoterapia.',
  'hipaa.508b3iii-conditioned':
    'Las autorizaciones no pueden combinarse cuando el tratamiento, el pago, la inscripción o la elegibilidad para beneficios dependen de una de ellas.',
  'hipaa.508b4-conditioned':
    'El tratamiento, el pago, la inscripción o la elegibilidad para beneficios dependen de la firma, y no se aplica ninguna excepción del reglamento.',
  'hipaa.508b4i-research-treatment':
    'La excepción de investigación solo permite condicionar el tratamiento relacionado con la investigación, y solo a una autorización para esa investigación (nunca para notas de psicoterapia).',
  'hipaa.508b4ii-plan-enrollment':
    'La excepción del plan de salud solo permite condicionar la inscripción o la elegibilidad para beneficios, nunca a una autorización para notas de psicoterapia.',
  'hipaa.508b4iii-third-party':
    'La excepción de terceros solo permite condicionar la atención médica prestada únicamente para crear información para ese tercero (nunca a una autorización para notas de psicoterapia).',
  'hipaa.508c2ii-statement-conditioned':
    'El formulario indica que nada depende de la firma, pero algo sí depende. Debe indicar las consecuencias de negarse a firmar.',
};
