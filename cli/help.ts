/**
 * The `--help` texts of the CLI: one for the program, one per command.
 * Exit codes are listed in each, as README's "Command line" section does.
 */

const EXIT_CODES = `Exit codes:
  0  accepted / ready / valid / on time / open (or a listing was printed)
  1  not accepted / not ready / defects found / overdue / closed
  2  bad input or usage: unreadable or unparsable JSON, input issues (printed
     as the library's PHI-safe issues, never the input), unknown command or
     option, any other error (never a stack trace)`;

const COMMON = `  --as-of <date>   the date the question is about: YYYY-MM-DD or an ISO instant
                   with an offset (selects the edition of the rules)
  --locale <en|es> language of findings, steps and issues (default en)
  --json           print the library's result object as JSON
  -h, --help       this help`;

const INPUT = `<file>: a JSON file, or - to read standard input.`;

/** Program-level help. */
export const PROGRAM_HELP = `Usage: duke-records-rules <command> [options]

Duke Health's published rules for moving medical records, from the shell.

Commands:
  check <file>          a submission of records to Duke: verdict, findings, steps
  route <file>          a records request to Duke Health Lake Norman Hospital: channels, destination, steps
  authorization <file>  a HIPAA authorization against 45 CFR 164.508(c)
  deadline <file>       the right-of-access deadline (45 CFR 164.524(b)(2)) of { "receivedOn", "extensions" }
  hours                 is Duke Medical Records customer service open --at an instant, and the next opening
  destinations          the directory of destinations (of the edition in force --as-of)
  rules [id]            the rule catalog, or one rule

Options:
  -h, --help            help (also per command: duke-records-rules check --help)
  -v, --version         the version

${EXIT_CODES}
`;

/** Help of each command. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  check: `Usage: duke-records-rules check <file|-> [options]

Evaluates a submission of records to Duke (evaluateSubmission of
duke-records-rules/to-duke). ${INPUT}

Options:
${COMMON}
  --document-management-email <address>
                   the Document Management e-mail address, if you have it

Exit: 0 accepted (with or without warnings), 1 not accepted, 2 bad input.

${EXIT_CODES}
`,
  route: `Usage: duke-records-rules route <file|-> [options]

Routes a records request to Duke Health Lake Norman Hospital
(routeRecordsRequest of duke-records-rules/lake-norman). ${INPUT}

Options:
${COMMON}

Exit: 0 ready to send, 1 not ready (a finding of severity error), 2 bad input.

${EXIT_CODES}
`,
  authorization: `Usage: duke-records-rules authorization <file|-> [options]

Checks a HIPAA authorization (checkAuthorization of duke-records-rules/hipaa).
${INPUT}

Options:
${COMMON}

Exit: 0 valid on --as-of (complete, not expired, revoked, forbidden or known false),
1 not valid (defects found; without --as-of an expiration date cannot be decided),
2 bad input.

${EXIT_CODES}
`,
  deadline: `Usage: duke-records-rules deadline <file|-> [options]
       duke-records-rules deadline --received-on <YYYY-MM-DD> [options]

The date by which to act on a request for access (accessDeadline of
duke-records-rules/hipaa). ${INPUT} It holds
{ "receivedOn": "YYYY-MM-DD", "extensions": [{ "writtenNoticeOn", "reasonStated", "expectedOn" }] }.

Options:
  --received-on <date>  the day the request was received, instead of a file
${COMMON}

Exit: 0 on time (daysRemaining >= 0 or no --as-of) and no defective extension,
1 overdue or a defective or refused extension notice, 2 bad input.

${EXIT_CODES}
`,
  hours: `Usage: duke-records-rules hours [--at <instant>] [options]

Is Duke Medical Records customer service (Document Management) open at an
instant, and when does it next open? Hours are read in America/New_York.

Options:
  --at <instant>   an ISO date-time with an offset, e.g. 2026-11-25T15:00:00Z
                   (default: now, read from this machine's clock)
  --locale <en|es> language of issues (default en)
  --json           print { success, open, nextOpening } as JSON
  -h, --help       this help

Exit: 0 open, 1 closed, 2 bad input.

${EXIT_CODES}
`,
  destinations: `Usage: duke-records-rules destinations [options]

Lists the destinations of the directory edition in force (listDestinations).

Options:
${COMMON}

Exit: 0 listed, 2 bad input.

${EXIT_CODES}
`,
  rules: `Usage: duke-records-rules rules [rule-id] [options]

Lists the rule catalog (RULES of duke-records-rules/catalog), or one rule:
id, severity, source, and its message in the locale.

Options:
  --locale <en|es> language of the messages (default en)
  --json           print the catalog entries as JSON
  -h, --help       this help

Exit: 0 listed, 2 unknown rule id or bad usage.

${EXIT_CODES}
`,
};
