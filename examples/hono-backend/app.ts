/**
 * A backend that validates submissions of records to Duke and Lake Norman
 * records requests, with Hono and `@hono/standard-validator`.
 *
 * The validators are the library's Standard Schema evaluators
 * (`duke-records-rules/standard-schema`): `sValidator('json',
 * submissionEvaluator({ asOf }), hook)` runs `evaluateSubmission` itself, so
 * the handler receives the evaluation (verdict, findings, steps), typed, and
 * a refused body gets the library's issues. Nothing in a response or in the
 * log repeats the patient's name, date of birth, record number or a
 * tracking number:
 * - the hook answers a refused body with the library's own issues (path,
 *   stable code, localized message), never `@hono/standard-validator`'s
 *   default error body, which echoes the whole request body (`data: value`);
 * - the evaluation holds no patient data by design, so it can be returned
 *   and logged as it is.
 *
 * Run it: `npx tsup && npx tsx examples/hono-backend/check.ts` (exercises it
 * with `app.request(...)`, no socket). Serve it with any Hono adapter, e.g.
 * `serve({ fetch: createApp().fetch })` from `@hono/node-server`.
 */
import { sValidator } from '@hono/standard-validator';
import { Hono, type Context, type MiddlewareHandler, type Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { LakeNormanFindingId } from 'duke-records-rules/lake-norman';
import { es } from 'duke-records-rules/locales/es';
import { recordsRequestEvaluator, submissionEvaluator, type EvaluatorIssue } from 'duke-records-rules/standard-schema';
import type { ToDukeRuleId } from 'duke-records-rules/to-duke';

/** What the app writes to its log: never patient data (see {@link createApp}). */
export interface LogEntry {
  readonly route: '/submissions' | '/records-requests';
  readonly status: number;
  readonly outcome: string;
  readonly ruleIds: readonly (ToDukeRuleId | LakeNormanFindingId)[];
  readonly issueCodes: readonly string[];
}

export interface AppOptions {
  /**
   * The clock. The library never reads one: the app passes "now" as `asOf`
   * (read in America/New_York), which picks the edition of the rules and is
   * the "today" a date of birth may not lie after.
   */
  readonly now?: () => Date;
  /** The Document Management e-mail address, if your organization has it (Duke does not publish it). */
  readonly documentManagementEmail?: string;
  /** Where to log one line per request; the entries are safe to keep. */
  readonly log?: (entry: LogEntry) => void;
}

/** The stable code of an issue: its input issue code, or the rule id of a finding given as an issue. */
const codeOf = (issue: EvaluatorIssue): string => ('code' in issue ? issue.code : issue.ruleId);

/**
 * One validator per language: `?lang=es` picks the Spanish one (the locale
 * value `es`: findings, steps and issue messages in Spanish), anything else
 * the English one. Both have the same types, so the handler after it is
 * typed by either.
 */
const byLanguage =
  <H extends (c: never, next: never) => unknown>(validators: { readonly en: H; readonly es: H }): H =>
  ((c: Context, next: Next) => ((c.req.query('lang') === 'es' ? validators.es : validators.en) as unknown as MiddlewareHandler)(c, next)) as unknown as H;

export function createApp(options: AppOptions = {}) {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const emailOption = options.documentManagementEmail === undefined ? {} : { documentManagementEmail: options.documentManagementEmail };

  /**
   * The hook of every validator: on failure, answer 400 with the library's
   * PHI-safe issues only. Without it, `@hono/standard-validator` answers
   * `{ success: false, error, data }`, and `data` is the whole request body.
   */
  const refuse =
    (route: LogEntry['route']) =>
    (result: { success: true } | { success: false; error: readonly unknown[] }, c: Context) => {
      if (result.success) return;
      const issues = result.error as readonly EvaluatorIssue[];
      log({ route, status: 400, outcome: 'invalid-input', ruleIds: [], issueCodes: issues.map(codeOf) });
      return c.json({ error: 'invalid-input' as const, issues }, 400);
    };

  // `asOf: now` is called once per request: the library never reads a clock.
  const submission = (locale: { locale?: typeof es }) =>
    sValidator('json', submissionEvaluator({ ...locale, asOf: now, ...emailOption }), refuse('/submissions'));
  const recordsRequest = (locale: { locale?: typeof es }) =>
    sValidator('json', recordsRequestEvaluator({ ...locale, asOf: now }), refuse('/records-requests'));

  const app = new Hono();
  // Bound the work a request can ask for before anything parses it.
  app.use('*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.json({ error: 'body-too-large' as const }, 413) }));

  app.post('/submissions', byLanguage({ en: submission({}), es: submission({ locale: es }) }), (c) => {
    const r = c.req.valid('json'); // typed: SubmissionEvaluation, a not-accepted one included
    log({ route: '/submissions', status: 200, outcome: r.verdict, ruleIds: r.findings.map((f) => f.ruleId), issueCodes: [] });
    return c.json({ edition: r.edition, verdict: r.verdict, findings: r.findings, steps: r.steps, channels: r.channels });
  });

  app.post('/records-requests', byLanguage({ en: recordsRequest({}), es: recordsRequest({ locale: es }) }), (c) => {
    const r = c.req.valid('json'); // typed: RecordsRoute
    log({ route: '/records-requests', status: 200, outcome: r.ready ? 'ready' : 'not-ready', ruleIds: r.ruleIds, issueCodes: [] });
    return c.json({
      edition: r.edition,
      ready: r.ready,
      requestedChannel: r.requestedChannel,
      channels: r.channels,
      destination: r.destination,
      form: r.form,
      findings: r.findings,
      steps: r.steps,
    });
  });

  // Never echo a thrown error: it could quote the request. (Malformed JSON
  // arrives here as Hono's HTTPException 400.)
  app.onError((err, c) =>
    err instanceof HTTPException ? c.json({ error: 'bad-request' as const }, err.status) : c.json({ error: 'internal-error' as const }, 500),
  );
  return app;
}
