// No input issue ever repeats what the caller gave: a marker string put
// anywhere in a submission or a records request (as a value of any type's
// place, inside a list, as an unknown key) never appears in the issues, in
// their messages or in their details (`expected`, `allowed`, `minimum`,
// `maximum`), in English or in Spanish.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSubmission } from '../../src/to-duke';
import { routeRecordsRequest } from '../../src/lake-norman';
import { es } from '../../src/locales/es';
import { rawSubmission } from '../support/submission-fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const REQUEST: Json = {
  requester: 'patient',
  recipient: 'patient',
  purpose: 'other',
  patient: { situation: 'minor', dateOfBirth: '2012-03-04' },
  signer: { role: 'custodial-parent', proof: ['guardianship'] },
  channel: 'mail',
};

/** Every path of a JSON value that holds a value (the root included). */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const own = [at];
  if (Array.isArray(value)) return own.concat(value.flatMap((v, i) => paths(v, [...at, i])));
  if (value !== null && typeof value === 'object') return own.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k])));
  return own;
}

/** A copy of `value` with `replace` applied at `path`. */
function setAt(value: Json, path: readonly (string | number)[], replace: (old: Json) => Json): Json {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, Json>) }) as Record<string | number, Json>;
  copy[head] = setAt(copy[head] as Json, rest, replace);
  return copy as Json;
}

const marker = fc.stringMatching(/^[A-Za-z0-9]{6,10}$/).map((s) => `MRK${s}`);

/** Ways to put the marker where the old value was. */
const injections = (mark: string): ((old: Json) => Json)[] => [
  () => mark,
  (old) => `${String(old)}${mark}`,
  () => [mark],
  () => ({ [mark]: mark }),
  (old) => (old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...old, [mark]: 1 } : [old, mark]),
  () => `${mark} ${'x'.repeat(300)}`,
];

/** Documents with the marker injected at one or more paths of `base`. */
const injected = (base: Json) =>
  fc
    .tuple(marker, fc.array(fc.tuple(fc.constantFrom(...paths(base)), fc.nat()), { minLength: 1, maxLength: 3 }))
    .map(([mark, spots]) => ({
      mark,
      doc: spots.reduce<Json>((doc, [path, how]) => {
        const ways = injections(mark);
        return setAt(doc, path, ways[how % ways.length] as (old: Json) => Json);
      }, base),
    }));

describe('input issues never repeat the input', () => {
  it('evaluateSubmission: no marker in any issue', () => {
    fc.assert(
      fc.property(injected(rawSubmission() as Json), fc.boolean(), ({ mark, doc }, spanish) => {
        const r = evaluateSubmission(doc, spanish ? { locale: es } : {});
        if (!r.success) expect(JSON.stringify(r.issues)).not.toContain(mark);
      }),
    );
  });

  it('routeRecordsRequest: no marker in any issue', () => {
    fc.assert(
      fc.property(injected(REQUEST), fc.boolean(), ({ mark, doc }, spanish) => {
        const r = routeRecordsRequest(doc, spanish ? { locale: es } : {});
        if (!r.success) expect(JSON.stringify(r.issues)).not.toContain(mark);
      }),
    );
  });

  it('the marker is refused somewhere: the property sees issues with details, not only successes', () => {
    const s = evaluateSubmission({ ...rawSubmission(), sender: 'MRKabcdef' });
    expect(s).toMatchObject({ success: false, issues: [{ path: ['sender'], code: 'invalid_value', allowed: expect.any(Array) }] });
    const r = routeRecordsRequest({ ...(REQUEST as object), purpose: ['MRKabcdef'] });
    expect(r.success).toBe(false);
  });
});
