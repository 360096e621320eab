import type { FhirIssueCode } from './issues';

/**
 * The Spanish message of each FHIR issue code, gathered into the `issues`
 * section of the Spanish locale.
 *
 * @internal
 * @example
 * ```ts
 * FHIR_ISSUES_ES.partial_date; // 'Esta fecha está incompleta; se necesita una fecha completa (AAAA-MM-DD).'
 * ```
 */
export const FHIR_ISSUES_ES: Readonly<Record<FhirIssueCode, string>> = {
  partial_date: 'Esta fecha está incompleta; se necesita una fecha completa (AAAA-MM-DD).',
  ambiguous_identifier: 'Coinciden varios números de historia clínica; indique el sistema de identificadores que se debe usar.',
  not_carried: 'Este elemento no tiene cabida en los datos de esta biblioteca y no se leyó.',
  not_understood: 'Esta extensión modificadora no se entiende, así que el recurso no se puede leer.',
};
