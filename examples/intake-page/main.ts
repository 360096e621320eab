/**
 * The intake page's script: reads the form on every keystroke, evaluates it
 * with `evaluateSubmission` and shows the verdict, the input issues, the
 * findings and the steps. Bundled with esbuild from the BUILT ESM package
 * (`node examples/intake-page/build.mjs`); the page makes no request.
 *
 * Everything is written with `textContent`: the library's messages hold no
 * patient data and no markup, but a page should not trust strings as HTML.
 */
import { es } from 'duke-records-rules/locales/es';
import { evaluateSubmission, type InputIssue, type Locale, type SubmissionResult } from 'duke-records-rules/to-duke';

/** The page's languages: its own `lang` and caption, and the library's locale (none for English, the default). */
interface Language {
  readonly lang: string;
  readonly incomplete: string;
  readonly locale?: Locale;
}
const ENGLISH: Language = { lang: 'en', incomplete: 'Incomplete: see the fields marked in red.' };
const SPANISH: Language = { lang: 'es', incomplete: 'Incompleto: revise los campos marcados en rojo.', locale: es };

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} is missing`);
  return el as T;
};
const value = (id: string): string => $<HTMLInputElement | HTMLSelectElement>(id).value;
const checked = (id: string): boolean => $<HTMLInputElement>(id).checked;
/** An empty text field is left out, so that the schema reports it as missing. */
const text = (id: string): string | undefined => (value(id) === '' ? undefined : value(id));

const form = $<HTMLFormElement>('intake');

/** The form as the raw input `evaluateSubmission` takes (it parses and bounds everything itself). */
function readForm(): unknown {
  const kind = value('item-kind');
  const radiology = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="radiology"]:checked'), (box) => box.value);
  const label = { name: checked('label-name'), dateOfBirth: checked('label-dob'), recordNumber: checked('label-mrn') };
  const pages = $<HTMLInputElement>('pages');
  const item =
    kind === 'paper'
      ? { kind, pages: pages.value === '' ? undefined : pages.valueAsNumber, original: checked('original'), radiology, label: { ...label, everyPage: checked('label-every-page') } }
      : {
          kind,
          medium: value('medium'),
          original: checked('original'),
          radiology,
          passwordProtected: checked('password-protected'),
          passwordEnclosed: checked('password-enclosed'),
          label,
        };
  const channelKind = value('channel');
  const channel =
    channelKind === '' ? undefined : channelKind === 'mail' ? { kind: 'mail', carrier: value('carrier'), trackingNumber: text('tracking') } : { kind: channelKind };
  return {
    sender: value('sender'),
    patient: { name: text('patient-name'), dateOfBirth: text('patient-dob'), recordNumber: text('patient-mrn') },
    items: [item],
    channel,
    actions: { notifiedMedicalRecords: checked('notified'), followUp: text('follow-up') },
  };
}

/** Shows only the fields that apply to the chosen item kind and channel. */
function toggleFields(): void {
  const media = value('item-kind') === 'media';
  $('pages-row').hidden = media;
  $('every-page-row').hidden = media;
  $('medium-row').hidden = !media;
  $('password-row').hidden = !media;
  $('mail-row').hidden = value('channel') !== 'mail';
}

function item(textContent: string, data: Record<string, string>): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = textContent;
  for (const [key, v] of Object.entries(data)) li.dataset[key] = v;
  return li;
}

function showIssues(issues: readonly InputIssue[], language: Language): void {
  for (const field of Array.from(form.querySelectorAll('[aria-invalid]'))) field.removeAttribute('aria-invalid');
  const list = issues.map((issue) => {
    const path = issue.path.join('.');
    form.querySelector(`[name="${CSS.escape(path)}"]`)?.setAttribute('aria-invalid', 'true');
    return item(`${path}: ${issue.message}`, { path, code: issue.code });
  });
  $('issues').replaceChildren(...list);
  if (issues.length > 0) {
    $('verdict').dataset.verdict = 'incomplete';
    $('verdict').textContent = language.incomplete;
  }
}

function render(result: SubmissionResult, language: Language): void {
  if (!result.success) {
    showIssues(result.issues, language);
    $('findings').replaceChildren();
    $('steps').replaceChildren();
    return;
  }
  showIssues([], language);
  $('verdict').dataset.verdict = result.verdict;
  $('verdict').textContent = result.verdict;
  $('findings').replaceChildren(
    ...result.findings.map((f) => {
      const li = item(`${f.message} `, { ruleId: f.ruleId, severity: f.severity });
      const rule = document.createElement('span');
      rule.className = 'rule';
      rule.textContent = `[${f.ruleId}]`;
      li.append(rule);
      return li;
    }),
  );
  $('steps').replaceChildren(...result.steps.map((s) => item(s.text, { stepId: s.id })));
}

/** `?asOf=2026-11-25` pins "today" (for demos and tests); otherwise the browser's clock, read in New York. */
const pinnedAsOf = new URLSearchParams(location.search).get('asOf');

function update(): void {
  toggleFields();
  const language = value('locale') === 'es' ? SPANISH : ENGLISH;
  document.documentElement.lang = language.lang;
  const asOf = pinnedAsOf ?? new Date();
  render(evaluateSubmission(readForm(), language.locale === undefined ? { asOf } : { locale: language.locale, asOf }), language);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
update();
