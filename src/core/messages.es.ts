import type { InputIssueCode } from './types';

/**
 * The Spanish message of every input issue code: the `issues` section of
 * the Spanish locale.
 *
 * @internal
 * @example
 * ```ts
 * ISSUES_ES.invalid_instant; // 'Este no es un instante válido.'
 * ```
 */
export const ISSUES_ES: Readonly<Record<InputIssueCode, string>> = {
  invalid_type: 'Este valor tiene un tipo incorrecto.',
  invalid_value: 'Este valor no es una de las opciones permitidas.',
  invalid_format: 'Este valor no tiene el formato esperado.',
  too_small: 'Este valor es demasiado corto o pequeño.',
  too_big: 'Este valor es demasiado largo o grande.',
  invalid_date: 'Esta no es una fecha de calendario real (AAAA-MM-DD).',
  date_order: 'Estas fechas están en el orden incorrecto.',
  date_in_future: 'Esta fecha es posterior a la fecha de referencia.',
  invalid_as_of: 'La opción de fecha de referencia no es una fecha o un instante válido.',
  unreadable_input: 'No se pudo leer la entrada.',
  invalid_input: 'Este valor no es válido.',
  invalid_instant: 'Este no es un instante válido.',
  invalid_time_zone: 'Esta no es una zona horaria IANA conocida.',
  time_order: 'La hora de fin debe ser posterior a la hora de inicio.',
  unknown_id: 'Ningún elemento tiene este identificador (revise la ortografía).',
};
