/**
 * Renders docs/rules.md from the catalog (`RULES`), the English messages
 * (`MESSAGES`) and the Spanish ones (the `rules` section of the Spanish
 * locale). `npm run docs:rules` writes the file; test/docs/rules-reference.test.ts
 * fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MESSAGES } from '../src/catalog/messages';
import { RULES, type RuleId } from '../src/catalog/catalog';
import { es } from '../src/locales/es';

/** The Spanish template of every rule. */
const SPANISH = es.texts.rules as Readonly<Record<RuleId, string>>;

const AREA_TITLES: Record<string, string> = {
  labeling: 'Labeling (sending records to Duke)',
  channels: 'Channels (sending records to Duke)',
  originals: 'Originals (sending records to Duke)',
  carriers: 'Carriers (sending records to Duke)',
  tracking: 'Tracking numbers (sending records to Duke)',
  'follow-up': 'Follow-up (sending records to Duke)',
  passwords: 'Passwords (sending records to Duke)',
  notify: 'Notification (sending records to Duke)',
  hours: 'Hours',
  language: 'Language assistance',
  'lake-norman': 'Requesting records from Lake Norman',
  signer: 'Who signs the authorization',
  'hipaa-authorization': 'HIPAA authorization, 45 CFR 164.508(a) and (c)',
  'hipaa-validity': 'HIPAA authorization validity, 45 CFR 164.508(b)',
  'hipaa-access': 'Right of access deadline, 45 CFR 164.524(b)(2)',
  input: 'Input',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The whole Markdown text of docs/rules.md. */
export function renderRulesReference(): string {
  const out: string[] = [
    '# Rules reference',
    '',
    '<!-- Generated from RULES and MESSAGES by `npm run docs:rules`. Do not edit by hand. -->',
    '',
    `${RULES.length} rules. Every finding the library returns cites one of these ids. Severity is the severity of a finding when the rule is broken; *editions* are the editions of the source in which the rule holds.`,
    '',
  ];
  const areas = [...new Set(RULES.map((r) => r.area))];
  for (const area of areas) {
    out.push(`## ${AREA_TITLES[area] ?? area}`, '');
    for (const rule of RULES.filter((r) => r.area === area)) {
      out.push(`### \`${rule.id}\``, '');
      out.push(`- **Severity:** ${rule.severity}`);
      out.push(`- **Editions:** ${rule.editions.join(', ')}`);
      out.push(`- **Source:** [${cell(rule.source.title)}](${rule.source.url}), section “${cell(rule.source.section)}”`);
      out.push(`- **Rule:** ${cell(rule.summary)}`);
      out.push(`- **English:** ${cell(MESSAGES[rule.id])}`);
      out.push(`- **Español:** ${cell(SPANISH[rule.id])}`);
      if (rule.ambiguity) {
        out.push(`- **Ambiguity:** ${cell(rule.ambiguity.note)}`);
        out.push(`- **Reading taken:** ${cell(rule.ambiguity.reading)}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesReference());
  console.log('docs/rules.md written');
}
