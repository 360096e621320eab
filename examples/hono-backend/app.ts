/**
 * A backend that validates submissions of records to Duke and Lake Norman
 * records requests, with Hono and `@hono/standard-validator`.
 *
 * The zod schemas of `duke-records-rules` are Standard Schema validators:
 * `sValidator('json', submissionSchema)` types and validates the body, then
 * `evaluateSubmission` applies the rules. Nothing in a response or in the log
 * repeats the patient's name, date of birth, record number or a tracking
 * number:
 * - a body the schema refuses gets the library's own issues (path, stable
 *   code, localized message), never `@hono/standard-validator`'s default
 *   error body, which echoes the whole request body (`data: value`);
 * - the evaluation (`verdict`, `findings`, `steps`, `channels`) holds no
 *   patient data by design, so it can be returned and logged as it is.
 *
 * Run it: `npx tsup && npx tsx examples/hono-backend/check.ts` (exercises it
 * with `app.request(...)`, no socket). Serve it with any Hono adapter, e.g.
 * `serve({ fetch: createApp().fetch })` from `@hono/node-server`.
 */
import { sValidator } from '@hono/standard-validator';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { recordsRequestSchema, routeRecordsRequest, type LakeNormanFindingId } from 'duke-records-rules/lake-norman';
import { es } from 'duke-records-rules/locales/es';
import { evaluateSubmission, submissionSchema, type InputIssue, type Locale, type ToDukeRuleId } from 'duke-records-rules/to-duke';

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

/**
 * `?lang=es` gives Spanish findings, steps and issue messages (the locale
 * value `es`); anything else English, the library's default (no `locale`).
 */
const languageOf = (c: Context): { readonly locale?: Locale } => (c.req.query('lang') === 'es' ? { locale: es } : {});

/** The response to input the library refuses: its PHI-safe issues only. */
const refused = (issues: readonly InputIssue[]) => ({ error: 'invalid-input' as const, issues });

export function createApp(options: AppOptions = {}) {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const emailOption = options.documentManagementEmail === undefined ? {} : { documentManagementEmail: options.documentManagementEmail };

  const app = new Hono();
  // Bound the work a request can ask for before anything parses it.
  app.use('*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.json({ error: 'body-too-large' as const }, 413) }));

  app.post(
    '/submissions',
    sValidator('json', submissionSchema, (result, c) => {
      if (result.success) return;
      // Re-read the raw body with the library: same schema, PHI-safe issues.
      const evaluation = evaluateSubmission(result.data, languageOf(c));
      const issues = evaluation.success ? [] : evaluation.issues;
      log({ route: '/submissions', status: 400, outcome: 'invalid-input', ruleIds: [], issueCodes: issues.map((i) => i.code) });
      return c.json(refused(issues), 400);
    }),
    (c) => {
      const submission = c.req.valid('json'); // typed: Submission
      const r = evaluateSubmission(submission, { ...languageOf(c), asOf: now(), ...emailOption });
      if (!r.success) {
        // The schema passed, the rules did not: e.g. a date of birth after today.
        log({ route: '/submissions', status: 422, outcome: 'invalid-input', ruleIds: [], issueCodes: r.issues.map((i) => i.code) });
        return c.json(refused(r.issues), 422);
      }
      log({ route: '/submissions', status: 200, outcome: r.verdict, ruleIds: r.findings.map((f) => f.ruleId), issueCodes: [] });
      return c.json({ edition: r.edition, verdict: r.verdict, findings: r.findings, steps: r.steps, channels: r.channels });
    },
  );

  app.post(
    '/records-requests',
    sValidator('json', recordsRequestSchema, (result, c) => {
      if (result.success) return;
      const route = routeRecordsRequest(result.data, languageOf(c));
      const issues = route.success ? [] : route.issues;
      log({ route: '/records-requests', status: 400, outcome: 'invalid-input', ruleIds: [], issueCodes: issues.map((i) => i.code) });
      return c.json(refused(issues), 400);
    }),
    (c) => {
      const r = routeRecordsRequest(c.req.valid('json'), { ...languageOf(c), asOf: now() });
      if (!r.success) {
        log({ route: '/records-requests', status: 422, outcome: 'invalid-input', ruleIds: [], issueCodes: r.issues.map((i) => i.code) });
        return c.json(refused(r.issues), 422);
      }
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
    },
  );

  // Never echo a thrown error: it could quote the request. (Malformed JSON
  // arrives here as Hono's HTTPException 400.)
  app.onError((err, c) =>
    err instanceof HTTPException ? c.json({ error: 'bad-request' as const }, err.status) : c.json({ error: 'internal-error' as const }, 500),
  );
  return app;
}
