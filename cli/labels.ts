/**
 * The CLI's own words (headings and states) in English and Spanish; every
 * message, finding and step comes from the library in the locale asked for.
 */
export interface Labels {
  readonly verdict: string;
  readonly edition: string;
  readonly findings: string;
  readonly steps: string;
  readonly none: string;
  readonly ready: string;
  readonly notReady: string;
  readonly valid: string;
  readonly completeNotValid: string;
  readonly incomplete: string;
  readonly dueOn: string;
  readonly extended: string;
  readonly daysRemaining: string;
  readonly open: string;
  readonly closed: string;
  readonly nextOpening: string;
  readonly noOpening: string;
  readonly destination: string;
  readonly channels: string;
  readonly invalidInput: string;
  readonly yes: string;
  readonly no: string;
}

export const LABELS: Readonly<Record<'en' | 'es', Labels>> = {
  en: {
    verdict: 'Verdict',
    edition: 'edition',
    findings: 'Findings',
    steps: 'Steps',
    none: '(none)',
    ready: 'Ready to send',
    notReady: 'Not ready to send',
    valid: 'Authorization valid',
    completeNotValid: 'Authorization complete, but not valid',
    incomplete: 'Authorization incomplete',
    dueOn: 'Due on',
    extended: 'extended',
    daysRemaining: 'Days remaining',
    open: 'Open',
    closed: 'Closed',
    nextOpening: 'Next opening',
    noOpening: 'No opening found',
    destination: 'Send the completed form to',
    channels: 'Channels',
    invalidInput: 'The input was refused',
    yes: 'yes',
    no: 'no',
  },
  es: {
    verdict: 'Resultado',
    edition: 'edición',
    findings: 'Observaciones',
    steps: 'Pasos',
    none: '(ninguno)',
    ready: 'Listo para enviar',
    notReady: 'No está listo para enviar',
    valid: 'Autorización válida',
    completeNotValid: 'Autorización completa, pero no válida',
    incomplete: 'Autorización incompleta',
    dueOn: 'Fecha límite',
    extended: 'prorrogada',
    daysRemaining: 'Días restantes',
    open: 'Abierto',
    closed: 'Cerrado',
    nextOpening: 'Próxima apertura',
    noOpening: 'No se encontró apertura',
    destination: 'Envíe el formulario completo a',
    channels: 'Canales',
    invalidInput: 'La entrada fue rechazada',
    yes: 'sí',
    no: 'no',
  },
};
