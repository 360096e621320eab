import type { ISSUE_DETAILS_EN } from './parse-input';
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
  missing: 'Este campo es obligatorio.',
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

/**
 * The Spanish texts of the issue details (templates and the words of the
 * expected types), in the `issues` section of the Spanish locale.
 *
 * @internal
 * @example
 * ```ts
 * ISSUE_DETAILS_ES['too_small.value']; // 'Este valor debe ser como mínimo {limit}.'
 * ```
 */
export const ISSUE_DETAILS_ES: Readonly<Record<keyof typeof ISSUE_DETAILS_EN, string>> = {
  'invalid_type.expected': 'Este valor debe ser {expected}.',
  'invalid_value.allowed': 'Este valor debe ser uno de: {allowed}.',
  'too_small.value': 'Este valor debe ser como mínimo {limit}.',
  'too_small.value.exclusive': 'Este valor debe ser mayor que {limit}.',
  'too_small.length': 'Este valor debe tener al menos {limit} caracteres.',
  'too_small.length.one': 'Este valor no puede estar vacío.',
  'too_small.items': 'Esta lista debe tener al menos {limit} elementos.',
  'too_small.items.one': 'Esta lista debe tener al menos un elemento.',
  'too_big.value': 'Este valor debe ser como máximo {limit}.',
  'too_big.value.exclusive': 'Este valor debe ser menor que {limit}.',
  'too_big.length': 'Este valor debe tener como máximo {limit} caracteres.',
  'too_big.items': 'Esta lista debe tener como máximo {limit} elementos.',
  'expected.string': 'texto',
  'expected.number': 'un número',
  'expected.integer': 'un número entero',
  'expected.boolean': 'verdadero o falso',
  'expected.array': 'una lista',
  'expected.object': 'un objeto',
  'expected.date': 'una fecha (AAAA-MM-DD)',
  'expected.instant': 'una fecha y hora con desfase horario',
  'expected.email': 'una dirección de correo electrónico',
};
