/**
 * The CLI as a pure function: argv, the ways to read input and the clock
 * are given; the output and the exit code are returned. No I/O happens
 * here (cli/main.ts is the shell that does it), so every branch is tested
 * in-process.
 *
 * Patient data never reaches the output of an error: unparsable JSON is
 * reported without the parser's message (V8 quotes the input in it), input
 * issues are the library's own (path, code, message; never the value), and
 * an unexpected error prints one line, never a stack.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { getDestination, listDestinations } from 'duke-records-rules';
import { RULES, formatMessage, lookupRule, type RuleId } from 'duke-records-rules/catalog';
import { checkAuthorization, type Finding, type InputIssue, type Locale } from 'duke-records-rules/hipaa';
import { isOpen, nextOpening, type NextChange, type WeeklySchedule } from 'duke-records-rules/hours';
import { routeRecordsRequest } from 'duke-records-rules/lake-norman';
import { es } from 'duke-records-rules/locales/es';
import { deadlineEvaluator } from 'duke-records-rules/standard-schema';
import { evaluateSubmission } from 'duke-records-rules/to-duke';
import { COMMAND_HELP, PROGRAM_HELP } from './help';
import { LABELS, type Labels } from './labels';

/** What the shell gives the CLI. */
export interface CliIo {
  /** Reads a file as UTF-8 text; may throw. */
  readonly readFile: (path: string) => string;
  /** Reads all of standard input as UTF-8 text; may throw. */
  readonly readStdin: () => string;
  /** The clock, read only by `hours` without `--at`. */
  readonly now: () => Date;
  /** The package version, for `--version`. */
  readonly version: string;
}

/** What the CLI hands back to the shell. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

/** Exit code 2 with a message: bad usage or input, reported without the input. */
class UsageError extends Error {}

const PROGRAM = 'duke-records-rules';
const COMMON_OPTIONS = {
  'as-of': { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const OPTIONS: Readonly<Record<string, ParseArgsConfig['options']>> = {
  check: { ...COMMON_OPTIONS, 'document-management-email': { type: 'string' } },
  route: COMMON_OPTIONS,
  authorization: COMMON_OPTIONS,
  deadline: { ...COMMON_OPTIONS, 'received-on': { type: 'string' } },
  hours: { at: { type: 'string' }, locale: COMMON_OPTIONS.locale, json: COMMON_OPTIONS.json, help: COMMON_OPTIONS.help },
  destinations: COMMON_OPTIONS,
  rules: { locale: COMMON_OPTIONS.locale, json: COMMON_OPTIONS.json, help: COMMON_OPTIONS.help },
};

type Values = { readonly [option: string]: string | boolean | undefined };

interface Context {
  readonly values: Values;
  readonly positionals: readonly string[];
  readonly io: CliIo;
  readonly locale: Locale | undefined;
  readonly labels: Labels;
  readonly json: boolean;
}

const ok = (stdout: string, exitCode: 0 | 1 = 0): CliResult => ({ stdout, stderr: '', exitCode });
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const str = (values: Values, name: string): string | undefined => values[name] as string | undefined;

/** The `{ locale, asOf }` options of a library call, from the flags given. */
const entryOptions = (ctx: Context): { locale?: Locale; asOf?: string } => {
  const asOf = str(ctx.values, 'as-of');
  return { ...(ctx.locale ? { locale: ctx.locale } : {}), ...(asOf === undefined ? {} : { asOf }) };
};

/** Reads and parses the JSON input named by the one positional argument (`-`: standard input). */
function readJson(ctx: Context, command: string): unknown {
  const [source, ...rest] = ctx.positionals;
  if (source === undefined) throw new UsageError(`${command}: give a JSON file, or - for standard input`);
  if (rest.length > 0) throw new UsageError(`${command}: one input only`);
  let text: string;
  try {
    text = source === '-' ? ctx.io.readStdin() : ctx.io.readFile(source);
  } catch {
    throw new UsageError(`${command}: cannot read ${source === '-' ? 'standard input' : 'the input file'}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Never the parser's message: it quotes the input.
    throw new UsageError(`${command}: the input is not valid JSON`);
  }
}

/** The library's issues, one per line; exit code 2. */
function refused(ctx: Context, issues: readonly InputIssue[]): CliResult {
  if (ctx.json) return { stdout: json({ success: false, issues }), stderr: '', exitCode: 2 };
  const lines = issues.map((i) => `  ${i.path.length > 0 ? i.path.join('.') : '(input)'}: ${i.message} [${i.code}]`);
  return { stdout: '', stderr: `${ctx.labels.invalidInput}:\n${lines.join('\n')}\n`, exitCode: 2 };
}

const findingLines = (labels: Labels, findings: readonly Finding[]): string[] =>
  findings.length === 0 ? [`  ${labels.none}`] : findings.map((f) => `  ${f.severity.padEnd(7)} [${f.ruleId}] ${f.message}`);

const stepLines = (steps: readonly { readonly text: string }[]): string[] => steps.map((s, n) => `  ${n + 1}. ${s.text}`);

function check(ctx: Context): CliResult {
  const input = readJson(ctx, 'check');
  const email = str(ctx.values, 'document-management-email');
  const r = evaluateSubmission(input, { ...entryOptions(ctx), ...(email === undefined ? {} : { documentManagementEmail: email }) });
  if (!r.success) return refused(ctx, r.issues);
  const code = r.verdict === 'not-accepted' ? 1 : 0;
  if (ctx.json) return ok(json(r), code);
  const { labels } = ctx;
  const text = [
    `${labels.verdict}: ${r.verdict} (${labels.edition} ${r.edition})`,
    `${labels.findings}:`,
    ...findingLines(labels, r.findings),
    `${labels.steps}:`,
    ...stepLines(r.steps),
  ];
  return ok(`${text.join('\n')}\n`, code);
}

function route(ctx: Context): CliResult {
  const r = routeRecordsRequest(readJson(ctx, 'route'), entryOptions(ctx));
  if (!r.success) return refused(ctx, r.issues);
  const code = r.ready ? 0 : 1;
  if (ctx.json) return ok(json(r), code);
  const { labels } = ctx;
  const text = [
    `${r.ready ? labels.ready : labels.notReady} (${labels.edition} ${r.edition})`,
    `${labels.destination}: ${r.destination.name}, ${r.destination.organization}`,
    `${labels.channels}: ${r.channels.map((c) => c.channel).join(', ')}`,
    `${labels.findings}:`,
    ...findingLines(labels, r.findings),
    `${labels.steps}:`,
    ...stepLines(r.steps),
  ];
  return ok(`${text.join('\n')}\n`, code);
}

function authorization(ctx: Context): CliResult {
  const r = checkAuthorization(readJson(ctx, 'authorization'), entryOptions(ctx));
  if (!r.success) return refused(ctx, r.issues);
  // Valid (164.508(b)(2)) is what a disclosure may rest on: complete is not enough.
  const code = r.valid ? 0 : 1;
  if (ctx.json) return ok(json(r), code);
  const { labels } = ctx;
  const verdict = r.valid ? labels.valid : r.complete ? labels.completeNotValid : labels.incomplete;
  const text = [verdict, `${labels.findings}:`, ...findingLines(labels, r.findings)];
  return ok(`${text.join('\n')}\n`, code);
}

function deadline(ctx: Context): CliResult {
  const receivedOn = str(ctx.values, 'received-on');
  if (receivedOn !== undefined && ctx.positionals.length > 0) throw new UsageError('deadline: give --received-on or an input, not both');
  const input = receivedOn === undefined ? readJson(ctx, 'deadline') : { receivedOn };
  const { locale, asOf } = entryOptions(ctx);
  const r = deadlineEvaluator({ ...(locale ? { locale } : {}), ...(asOf === undefined ? {} : { asOf }) })['~standard'].validate(input);
  // The deadline evaluator's issues are input issues only (errorsAsIssues is off).
  if (r.issues) return refused(ctx, r.issues as readonly InputIssue[]);
  const d = r.value;
  const code = d.findings.length > 0 || (d.daysRemaining !== null && d.daysRemaining < 0) ? 1 : 0;
  if (ctx.json) return ok(json(d), code);
  const { labels } = ctx;
  const text = [
    `${labels.dueOn}: ${d.dueOn}${d.extended ? ` (${labels.extended})` : ''}`,
    ...(d.daysRemaining === null ? [] : [`${labels.daysRemaining}: ${d.daysRemaining}`]),
    `${labels.findings}:`,
    ...findingLines(labels, d.findings),
  ];
  return ok(`${text.join('\n')}\n`, code);
}

function hours(ctx: Context): CliResult {
  if (ctx.positionals.length > 0) throw new UsageError('hours: no input file; use --at <instant>');
  const at = str(ctx.values, 'at') ?? ctx.io.now().toISOString();
  const options = ctx.locale ? { locale: ctx.locale } : {};
  // Document Management and its customer-service hours are data of every directory edition
  // (src/directory tests hold them), so the lookup always finds them.
  const schedule = (getDestination('duke-document-management') as { destination: { hours: WeeklySchedule } }).destination.hours;
  const state = isOpen(schedule, at, options);
  if (!state.success) return refused(ctx, state.issues);
  // The schedule and instant isOpen accepted: nextOpening accepts them too.
  const next = nextOpening(schedule, at, options) as Exclude<NextChange, { success: false }>;
  const code = state.open ? 0 : 1;
  if (ctx.json) return ok(json({ success: true, open: state.open, nextOpening: next }), code);
  const { labels } = ctx;
  const when = next.found ? `${next.at.local} ${next.at.timeZone} (${next.at.utc})` : `${labels.noOpening} (${next.reason})`;
  return ok(`${state.open ? labels.open : labels.closed}\n${labels.nextOpening}: ${when}\n`, code);
}

function destinations(ctx: Context): CliResult {
  if (ctx.positionals.length > 0) throw new UsageError('destinations: no input file');
  const r = listDestinations(entryOptions(ctx));
  if (!r.success) return refused(ctx, r.issues);
  if (ctx.json) return ok(json(r));
  const lines = r.destinations.map((d) => {
    const numbers = [['phone', d.phone] as const, ['fax', d.fax] as const].filter(([, n]) => n !== null);
    return [`${d.id}: ${d.name}, ${d.organization}`, ...numbers.map(([kind, n]) => `  ${kind} ${n?.display}`)].join('\n');
  });
  return ok(`${ctx.labels.edition} ${r.edition.id}\n${lines.join('\n')}\n`);
}

function rules(ctx: Context): CliResult {
  const [id, ...rest] = ctx.positionals;
  if (rest.length > 0) throw new UsageError('rules: one rule id at most');
  const found = id === undefined ? undefined : lookupRule(id as RuleId, ctx.locale ? { locale: ctx.locale } : {});
  // a misspelt id is an input issue (unknown_id), like any other
  if (found !== undefined && !found.success) return refused(ctx, found.issues);
  const chosen = found === undefined ? RULES : [found.rule];
  if (ctx.json) return ok(json(id === undefined ? chosen : chosen[0]));
  const lines = chosen.map((r) => `${r.id} (${r.severity}): ${formatMessage(r.id, ctx.locale)}\n  ${r.source.url} (${r.source.section})`);
  return ok(`${lines.join('\n')}\n`);
}

const COMMANDS: Readonly<Record<string, (ctx: Context) => CliResult>> = {
  check,
  route,
  authorization,
  deadline,
  hours,
  destinations,
  rules,
};

function dispatch(argv: readonly string[], io: CliIo): CliResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return ok(PROGRAM_HELP);
  if (command === '-v' || command === '--version') return ok(`${io.version}\n`);
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) {
    throw new UsageError(command.startsWith('-') ? `unknown option before the command` : `unknown command '${command}'`);
  }
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs names the option, never an input value.
    throw new UsageError(`${command}: ${(error as Error).message.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return ok(COMMAND_HELP[command] as string);
  const localeFlag = str(values, 'locale');
  if (localeFlag !== undefined && localeFlag !== 'en' && localeFlag !== 'es') throw new UsageError(`${command}: --locale is en or es`);
  const spanish = localeFlag === 'es';
  return run({
    values,
    positionals,
    io,
    locale: spanish ? es : undefined,
    labels: LABELS[spanish ? 'es' : 'en'],
    json: values.json === true,
  });
}

/**
 * Runs the CLI on `argv` (the arguments after the program name). Never
 * throws: every failure is exit code 2 with one line on stderr, no stack,
 * no input.
 *
 * @param argv - the arguments, e.g. `['check', 'submission.json', '--json']`
 * @param io - how to read files and standard input, the clock, the version
 * @returns stdout, stderr and the exit code
 * @example
 * ```ts
 * runCli(['hours', '--at', '2026-11-25T15:00:00Z'], io).exitCode; // 0: open
 * ```
 */
export function runCli(argv: readonly string[], io: CliIo): CliResult {
  try {
    return dispatch(argv, io);
  } catch (error) {
    const why = error instanceof UsageError ? error.message : 'unexpected error';
    return { stdout: '', stderr: `${PROGRAM}: ${why}\nRun '${PROGRAM} --help' for usage.\n`, exitCode: 2 };
  }
}
