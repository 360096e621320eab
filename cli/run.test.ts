import { describe, expect, it } from 'vitest';
import { checkAuthorization, accessDeadline } from 'duke-records-rules/hipaa';
import { routeRecordsRequest } from 'duke-records-rules/lake-norman';
import { RULES } from 'duke-records-rules/catalog';
import { listDestinations } from 'duke-records-rules';
import { evaluateSubmission } from 'duke-records-rules/to-duke';
import { runCli, type CliIo } from './run';

// Patient data that must never appear in any output.
const NAME = 'Qx Jane Marker xQ';
const DOB = '1980-02-29';
const MRN = 'MRN7731PHI';
const PHI = [NAME, DOB, MRN];

const label = { name: true, dateOfBirth: true, recordNumber: true };
const notAccepted = {
  sender: 'external-clinic',
  patient: { name: NAME, dateOfBirth: DOB, recordNumber: MRN },
  items: [{ kind: 'media', medium: 'cd', radiology: ['mri'], passwordProtected: true, passwordEnclosed: true, label }],
  channel: { kind: 'mail', carrier: 'usps' },
};
const accepted = {
  sender: 'patient',
  patient: { name: NAME, dateOfBirth: DOB, recordNumber: MRN },
  items: [{ kind: 'paper', pages: 12, label: { ...label, everyPage: true } }],
  channel: { kind: 'appointment-copies' },
};
const byFax = { requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax', patient: { situation: 'adult' }, signer: { role: 'patient' } };
const ready = { requester: 'patient', recipient: 'patient', purpose: 'other', patient: { situation: 'adult' }, signer: { role: 'patient' } };
const completeAuthorization = {
  information: 'Discharge summary, 2025 admission',
  disclosedBy: 'Duke Health Lake Norman Hospital',
  disclosedTo: 'Example Clinic',
  purpose: { kind: 'described', descriptions: ['Continuing care'] },
  expiration: { kind: 'date', date: '2027-01-31' },
  signature: { signedBy: 'individual', signedOn: '2026-01-31' },
  statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
};
const extension = { writtenNoticeOn: '2026-02-03', reasonStated: true, expectedOn: '2026-03-20' };

/** An io whose files are the given texts; stdin is `stdin`; the clock is fixed. */
function io(files: Record<string, string> = {}, stdin?: string): CliIo {
  return {
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: ${path} ${NAME}`);
      return files[path] as string;
    },
    readStdin: () => {
      if (stdin === undefined) throw new Error(`EAGAIN ${NAME}`);
      return stdin;
    },
    now: () => new Date('2026-11-25T15:00:00Z'),
    version: '1.2.3',
  };
}
const file = (value: unknown) => io({ 'in.json': JSON.stringify(value) });
const cli = (argv: string[], i: CliIo = io()) => {
  const r = runCli(argv, i);
  for (const secret of PHI) {
    expect(r.stdout).not.toContain(secret);
    expect(r.stderr).not.toContain(secret);
  }
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /); // no stack trace
  return r;
};

describe('program', () => {
  it('prints the help without a command, with -h, --help and help; the version with -v and --version', () => {
    for (const argv of [[], ['-h'], ['--help'], ['help']]) {
      const r = cli(argv);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(/^Usage: duke-records-rules <command>/);
      expect(r.stdout).toContain('Exit codes:');
    }
    expect(cli(['-v']).stdout).toBe('1.2.3\n');
    expect(cli(['--version'])).toEqual({ stdout: '1.2.3\n', stderr: '', exitCode: 0 });
  });

  it('an unknown command, or an option before the command, is exit 2 with a usage line', () => {
    expect(cli(['frobnicate'])).toEqual({
      stdout: '',
      stderr: "duke-records-rules: unknown command 'frobnicate'\nRun 'duke-records-rules --help' for usage.\n",
      exitCode: 2,
    });
    expect(cli(['--json', 'check']).stderr).toContain('unknown option before the command');
    expect(cli(['constructor']).exitCode).toBe(2);
  });

  it('an unknown option or a missing option value is exit 2', () => {
    expect(cli(['check', 'in.json', '--bogus']).stderr).toMatch(/^duke-records-rules: check: Unknown option '--bogus'/);
    expect(cli(['check', 'in.json', '--as-of']).exitCode).toBe(2);
    expect(cli(['rules', '--as-of', '2026-01-01']).exitCode).toBe(2);
  });

  it('prints each command help with --help or -h, with the exit codes', () => {
    for (const command of ['check', 'route', 'authorization', 'deadline', 'hours', 'destinations', 'rules']) {
      const r = cli([command, '--help']);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toContain(`Usage: duke-records-rules ${command}`);
      expect(r.stdout).toContain('Exit codes:');
      expect(cli([command, '-h']).stdout).toBe(r.stdout);
    }
  });

  it('--locale is en or es', () => {
    expect(cli(['check', 'in.json', '--locale', 'fr'], file(accepted)).stderr).toContain('--locale is en or es');
    expect(cli(['check', 'in.json', '--locale', 'en'], file(accepted)).stdout).toMatch(/^Verdict: accepted/);
  });

  it('an unexpected error is exit 2 with one line, no stack and no message', () => {
    const broken: CliIo = {
      ...io(),
      now: () => {
        throw new Error(`${NAME} boom`);
      },
    };
    expect(cli(['hours'], broken)).toEqual({
      stdout: '',
      stderr: "duke-records-rules: unexpected error\nRun 'duke-records-rules --help' for usage.\n",
      exitCode: 2,
    });
  });
});

describe('input', () => {
  it('reads a file, or standard input with -', () => {
    expect(cli(['check', 'in.json'], file(accepted)).exitCode).toBe(0);
    expect(cli(['check', '-'], io({}, JSON.stringify(notAccepted))).exitCode).toBe(1);
  });

  it('no input, two inputs, an unreadable file or stdin: exit 2, the file content never shown', () => {
    expect(cli(['check']).stderr).toContain('check: give a JSON file, or - for standard input');
    expect(cli(['check', 'in.json', 'other.json'], file(accepted)).stderr).toContain('check: one input only');
    expect(cli(['check', 'missing.json']).stderr).toContain('check: cannot read the input file');
    expect(cli(['route', '-']).stderr).toContain('route: cannot read standard input');
  });

  it('JSON that does not parse: exit 2, without the parser message (it quotes the input)', () => {
    const r = cli(['check', '-'], io({}, `{"patient":{"name":"${NAME}","dateOfBirth":"${DOB}"`));
    expect(r).toEqual({
      stdout: '',
      stderr: "duke-records-rules: check: the input is not valid JSON\nRun 'duke-records-rules --help' for usage.\n",
      exitCode: 2,
    });
    expect(cli(['authorization', '-'], io({}, `${NAME}`)).exitCode).toBe(2);
  });

  it('input issues: the library issues, exit 2, in text (stderr) or JSON (stdout), in the locale', () => {
    const bad = { ...notAccepted, sender: 'nobody', patient: { name: NAME, dateOfBirth: '1980-02-30' } };
    const text = cli(['check', 'in.json'], file(bad));
    expect(text.exitCode).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toBe(
      'The input was refused:\n  sender: This value must be one of: patient, external-clinic, other. [invalid_value]\n  patient.dateOfBirth: This is not a real calendar date (YYYY-MM-DD). [invalid_date]\n',
    );
    const asJson = cli(['check', 'in.json', '--json'], file(bad));
    expect(asJson.exitCode).toBe(2);
    expect(JSON.parse(asJson.stdout)).toEqual(evaluateSubmission(bad));
    const spanish = cli(['check', 'in.json', '--locale', 'es'], file(bad));
    expect(spanish.stderr).toMatch(/^La entrada fue rechazada:\n  sender: /);
    expect(cli(['check', 'in.json'], file(null)).stderr).toContain('  (input): This value must be an object. [invalid_type]');
  });
});

describe('check', () => {
  it('not accepted: exit 1, verdict, findings and steps; --json prints the library result', () => {
    const r = cli(['check', 'in.json', '--as-of', '2026-11-25'], file(notAccepted));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^Verdict: not-accepted \(edition 2025-10-18\)\nFindings:\n  error   \[password\.separate\] /);
    expect(r.stdout).toContain('Steps:\n  1. Before sending anything');
    const j = cli(['check', 'in.json', '--as-of', '2026-11-25', '--json'], file(notAccepted));
    expect(j.exitCode).toBe(1);
    expect(JSON.parse(j.stdout)).toEqual(JSON.parse(JSON.stringify(evaluateSubmission(notAccepted, { asOf: '2026-11-25' }))));
  });

  it('accepted: exit 0; Spanish with --locale es; --as-of picks the edition', () => {
    expect(cli(['check', 'in.json', '--as-of', '2025-06-01'], file(accepted)).stdout).toMatch(/^Verdict: accepted \(edition seed\)/);
    const es = cli(['check', 'in.json', '--locale', 'es'], file(accepted));
    expect(es.exitCode).toBe(0);
    expect(es.stdout).toMatch(/^Resultado: accepted \(edición 2025-10-18\)\nObservaciones:/);
    expect(es.stdout).toContain('Pasos:');
  });

  it('--document-management-email reaches the steps', () => {
    const email = { ...accepted, channel: { kind: 'email' } };
    expect(cli(['check', 'in.json', '--document-management-email', 'records@clinic.example'], file(email)).stdout).toContain('records@clinic.example');
    expect(cli(['check', 'in.json'], file(email)).stdout).not.toContain('records@clinic.example');
  });
});

describe('route', () => {
  it('not ready: exit 1 (seed edition fax for an attorney); ready: exit 0', () => {
    const r = cli(['route', 'in.json', '--as-of', '2025-06-01'], file(byFax));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^Not ready to send \(edition seed\)\nSend the completed form to: /);
    expect(r.stdout).toContain('[ln.fax-patient-care-only]');
    const ok = cli(['route', 'in.json', '--locale', 'es'], file(ready));
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toMatch(/^Listo para enviar \(edición 2025-10-18\)/);
    expect(ok.stdout).toContain('Canales: ');
  });

  it('--json prints the route; bad input is exit 2', () => {
    const j = cli(['route', 'in.json', '--json', '--as-of', '2026-11-25'], file(ready));
    expect(JSON.parse(j.stdout)).toEqual(JSON.parse(JSON.stringify(routeRecordsRequest(ready, { asOf: '2026-11-25' }))));
    expect(cli(['route', 'in.json'], file({ ...ready, purpose: 'gossip' })).exitCode).toBe(2);
  });
});

describe('authorization', () => {
  it('valid: exit 0; complete but not valid, or incomplete: exit 1 with its findings; --json; bad input exit 2', () => {
    const r = cli(['authorization', 'in.json', '--as-of', '2026-02-02'], file(completeAuthorization));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Authorization valid\nFindings:\n/);
    // Without --as-of the expiration date cannot be decided; expired on a later day.
    for (const args of [['authorization', 'in.json'], ['authorization', 'in.json', '--as-of', '2027-02-01']]) {
      const notValid = cli(args, file(completeAuthorization));
      expect(notValid.exitCode).toBe(1);
      expect(notValid.stdout).toMatch(/^Authorization complete, but not valid\nFindings:\n  error   \[hipaa\.508b2i-/);
    }
    expect(cli(['authorization', 'in.json', '--locale', 'es'], file(completeAuthorization)).stdout).toMatch(/^Autorización completa, pero no válida\n/);
    const missing = cli(['authorization', 'in.json', '--locale', 'es'], file({}));
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toMatch(/^Autorización incompleta\nObservaciones:\n  error   \[hipaa\.508c1i-description\]/);
    const j = cli(['authorization', 'in.json', '--json'], file({}));
    expect(JSON.parse(j.stdout)).toEqual(checkAuthorization({}));
    expect(cli(['authorization', 'in.json'], file({ information: 42 })).exitCode).toBe(2);
  });
});

describe('deadline', () => {
  it('--received-on: due date, days remaining; overdue is exit 1', () => {
    expect(cli(['deadline', '--received-on', '2026-01-05'])).toEqual({ stdout: 'Due on: 2026-02-04\nFindings:\n  (none)\n', stderr: '', exitCode: 0 });
    expect(cli(['deadline', '--received-on', '2026-01-05', '--as-of', '2026-01-25']).stdout).toContain('Days remaining: 10\n');
    const late = cli(['deadline', '--received-on', '2026-01-05', '--as-of', '2026-03-01', '--locale', 'es']);
    expect(late.exitCode).toBe(1);
    expect(late.stdout).toBe('Fecha límite: 2026-02-04\nDías restantes: -25\nObservaciones:\n  (ninguno)\n');
  });

  it('a file with extensions: extended; a defective notice is a finding and exit 1; --json', () => {
    const r = cli(['deadline', 'in.json'], file({ receivedOn: '2026-01-05', extensions: [{ ...extension, expectedOn: '2026-03-01' }] }));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('Due on: 2026-03-01 (extended)\nFindings:\n  (none)\n');
    const capped = cli(['deadline', 'in.json'], file({ receivedOn: '2026-01-05', extensions: [extension] }));
    expect(capped.exitCode).toBe(1);
    expect(capped.stdout).toMatch(/^Due on: 2026-03-06 \(extended\)\nFindings:\n  error   \[access\.extension-30\] /);
    const twice = { receivedOn: '2026-01-05', extensions: [extension, extension] };
    const j = cli(['deadline', 'in.json', '--json'], file(twice));
    expect(j.exitCode).toBe(1);
    const library = accessDeadline('2026-01-05', { extensions: [extension, extension] });
    expect(library.success && library.findings.length).toBeGreaterThan(0);
    // The same result, finding paths relative to the request ({ receivedOn, extensions }).
    expect(JSON.parse(j.stdout)).toEqual(
      library.success && { ...library, findings: library.findings.map((f) => ({ ...f, path: f.path?.slice(1) })) },
    );
  });

  it('bad input: exit 2 with the issues at the request paths; --received-on with a file is a usage error', () => {
    const r = cli(['deadline', 'in.json'], file({ receivedOn: '2026-01-05', extensions: [{ ...extension, writtenNoticeOn: '2025-12-01' }] }));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('  extensions.0.writtenNoticeOn: ');
    expect(cli(['deadline', '--received-on', '2026-02-30']).stderr).toContain('  receivedOn: ');
    expect(cli(['deadline', 'in.json', '--received-on', '2026-01-05'], file({})).stderr).toContain('give --received-on or an input, not both');
  });
});

describe('hours', () => {
  it('open at --at: exit 0; closed: exit 1 with the next opening, in Spanish', () => {
    expect(cli(['hours', '--at', '2026-11-25T15:00:00Z'])).toEqual({
      stdout: 'Open\nNext opening: 2026-11-25T10:00:00 America/New_York (2026-11-25T15:00:00.000Z)\n',
      stderr: '',
      exitCode: 0,
    });
    const closed = cli(['hours', '--at', '2026-11-28T15:00:00Z', '--locale', 'es']);
    expect(closed.exitCode).toBe(1);
    expect(closed.stdout).toBe('Cerrado\nPróxima apertura: 2026-11-30T08:00:00 America/New_York (2026-11-30T13:00:00.000Z)\n');
  });

  it('without --at, the clock given; --json; no opening before the supported range ends', () => {
    expect(cli(['hours']).stdout).toMatch(/^Open\n/);
    const j = cli(['hours', '--json', '--at', '2026-11-28T15:00:00Z']);
    expect(JSON.parse(j.stdout)).toMatchObject({ success: true, open: false, nextOpening: { success: true, found: true, at: { utc: '2026-11-30T13:00:00.000Z' } } });
    expect(cli(['hours', '--at', '2199-12-31T23:00:00Z']).stdout).toBe('Closed\nNext opening: No opening found (beyond-limit)\n');
  });

  it('an invalid instant is exit 2 with the library issue; a file is a usage error', () => {
    const r = cli(['hours', '--at', 'tomorrow']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('[invalid_instant]');
    expect(cli(['hours', 'in.json']).stderr).toContain('hours: no input file');
  });
});

describe('destinations and rules', () => {
  it('destinations lists the edition in force; --json prints listDestinations; a bad --as-of is exit 2', () => {
    const r = cli(['destinations', '--as-of', '2025-06-01']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^edition seed\nduke-document-management: Document Management/);
    expect(r.stdout).toContain('  fax (919) 620-5165');
    expect(JSON.parse(cli(['destinations', '--json']).stdout)).toEqual(JSON.parse(JSON.stringify(listDestinations())));
    expect(cli(['destinations', '--as-of', 'someday']).exitCode).toBe(2);
    expect(cli(['destinations', 'x']).stderr).toContain('destinations: no input file');
  });

  it('rules lists the catalog or one rule, in the locale; --json', () => {
    const all = cli(['rules']);
    expect(all.stdout.split('\n').filter((l) => /^\S/.test(l))).toHaveLength(RULES.length);
    expect(JSON.parse(cli(['rules', '--json']).stdout)).toEqual(JSON.parse(JSON.stringify(RULES)));
    const one = cli(['rules', 'originals.never', '--locale', 'es']);
    expect(one.stdout).toMatch(/^originals\.never \(error\): El elemento /);
    expect(JSON.parse(cli(['rules', 'originals.never', '--json']).stdout).id).toBe('originals.never');
    expect(cli(['rules', 'no.such-rule'])).toEqual({
      stdout: '',
      stderr: 'The input was refused:\n  id: No item has this id (check its spelling). [unknown_id]\n',
      exitCode: 2,
    });
    expect(JSON.parse(cli(['rules', 'no.such-rule', '--json']).stdout)).toEqual({
      success: false,
      issues: [{ path: ['id'], code: 'unknown_id', message: 'No item has this id (check its spelling).' }],
    });
    expect(cli(['rules', 'no.such-rule', '--locale', 'es']).stderr).toContain('[unknown_id]');
    expect(cli(['rules', 'a', 'b']).stderr).toContain('rules: one rule id at most');
  });
});
