/**
 * Prints the checklist for sending records to Duke, in English and in
 * Spanish, with the BUILT package (`duke-records-rules` resolves to dist/
 * through the package's own `exports`).
 *
 *   npx tsup && npx tsx examples/checklist.ts               # "today" in New York
 *   npx tsx examples/checklist.ts 2026-11-25                # or a fixed as-of date / instant
 */
import { es } from 'duke-records-rules/locales/es';
import { evaluateSubmission, type Finding, type Locale } from 'duke-records-rules/to-duke';

// The library never reads the clock: the script passes "today" itself.
const asOf = process.argv[2] ?? new Date().toISOString();

// A clinic mails two items: printed notes (not marked on every page) and a
// password-protected USB drive, by UPS.
const submission = {
  sender: 'external-clinic',
  patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' },
  items: [
    { kind: 'paper', pages: 25, label: { name: true, dateOfBirth: true, recordNumber: true, everyPage: false, method: 'printed' } },
    { kind: 'media', medium: 'usb-drive', passwordProtected: true, label: { name: true, dateOfBirth: true, recordNumber: true } },
  ],
  channel: { kind: 'mail', carrier: 'ups' },
  actions: { notifiedMedicalRecords: true },
  preferredLanguage: 'es',
};

// The script's own captions, in English (the library's default) and in
// Spanish (the locale value imported above).
interface Captions {
  readonly title: string;
  readonly verdict: string;
  readonly toFix: string;
}
const ENGLISH: Captions = { title: 'Checklist: sending records to Duke', verdict: 'Verdict', toFix: 'Before you send' };
const SPANISH: Captions = { title: 'Lista de verificación: envío de registros a Duke', verdict: 'Resultado', toFix: 'Antes de enviar' };
const mark: Record<Finding['severity'], string> = { error: '✖', warning: '!', info: 'i' };

const LANGUAGES: readonly (readonly [Locale | undefined, Captions])[] = [
  [undefined, ENGLISH],
  [es, SPANISH],
];
for (const [locale, text] of LANGUAGES) {
  const r = evaluateSubmission(submission, locale === undefined ? { asOf } : { locale, asOf });
  if (!r.success) {
    // Issues carry a path and a stable code, never the value that was given.
    console.error(r.issues.map((i) => `${i.path.join('.')}: ${i.code} (${i.message})`).join('\n'));
    process.exit(1);
  }
  console.log(`\n${text.title} (${r.edition})`);
  console.log(`${text.verdict}: ${r.verdict}`);
  r.steps.forEach((step, n) => console.log(`  [ ] ${n + 1}. ${step.text}`));
  const attention = r.findings.filter((f) => f.severity !== 'info');
  if (attention.length > 0) {
    console.log(`${text.toFix}:`);
    for (const f of attention) console.log(`  ${mark[f.severity]} ${f.message} [${f.ruleId}]`);
  }
}
