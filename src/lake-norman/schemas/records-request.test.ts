import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '../../core/parse-input';
import {
  faxRequestSchema,
  PATIENT_CARE_REQUESTERS,
  PURPOSES,
  recordsRequestSchema,
  REQUEST_CHANNELS,
  REQUESTERS,
  type RecordsRequest,
} from './records-request';

const valid = {
  requester: 'patient',
  recipient: 'patient',
  purpose: 'other',
  patient: { situation: 'adult' },
  signer: { role: 'patient' },
} as const;

const codes = (r: ReturnType<typeof parseInput>): unknown => (r.success ? 'ok' : r.issues.map((i) => [i.path.join('.'), i.code]));

describe('recordsRequestSchema', () => {
  it('applies defaults, trims and strips unknown keys', () => {
    const r = recordsRequestSchema.parse({
      ...valid,
      preferredLanguage: '  es-MX ',
      patientName: 'Jane Doe',
      patient: { situation: 'adult', name: 'Jane Doe' },
    });
    expect(r).toEqual({
      requester: 'patient',
      recipient: 'patient',
      purpose: 'other',
      formLanguage: 'en',
      preferredLanguage: 'es-MX',
      legacyRecords: 'unknown',
      patient: { situation: 'adult' },
      signer: { role: 'patient', proof: [] },
    });
  });

  it('keeps every field it knows', () => {
    const input = {
      requester: 'provider',
      recipient: 'third-party',
      purpose: 'patient-care',
      channel: 'fax',
      formLanguage: 'es',
      preferredLanguage: 'Spanish',
      legacyRecords: 'yes',
      patient: { situation: 'minor', dateOfBirth: '2015-05-05' },
      signer: { role: 'legal-guardian', proof: ['guardianship'] },
    } as const;
    expect(recordsRequestSchema.parse(input)).toEqual(input);
  });

  it('reads legacyRecords as yes, no or unknown (the default), nothing else', () => {
    for (const legacyRecords of ['yes', 'no', 'unknown'] as const)
      expect(recordsRequestSchema.parse({ ...valid, legacyRecords }).legacyRecords).toBe(legacyRecords);
    expect(codes(parseInput(recordsRequestSchema, { ...valid, legacyRecords: true }))).toEqual([['legacyRecords', 'invalid_value']]);
  });

  it('accepts every channel, including phone (answered as "for questions")', () => {
    for (const channel of REQUEST_CHANNELS) expect(recordsRequestSchema.safeParse({ ...valid, channel }).success).toBe(true);
    expect(codes(parseInput(recordsRequestSchema, { ...valid, channel: 'carrier-pigeon' }))).toEqual([['channel', 'invalid_value']]);
  });

  it('accepts a patient-care purpose only from the patient, a legal representative or a provider', () => {
    expect(PATIENT_CARE_REQUESTERS).toEqual(['patient', 'legal-representative', 'provider']);
    for (const requester of REQUESTERS) {
      for (const purpose of PURPOSES) {
        const ok = purpose === 'other' || (PATIENT_CARE_REQUESTERS as readonly string[]).includes(requester);
        const r = parseInput(recordsRequestSchema, { ...valid, requester, purpose });
        expect(codes(r), `${requester}/${purpose}`).toEqual(ok ? 'ok' : [['purpose', 'invalid_value']]);
      }
    }
  });

  it('reports every missing field with its path', () => {
    expect(codes(parseInput(recordsRequestSchema, {}))).toEqual([
      ['requester', 'missing'],
      ['recipient', 'missing'],
      ['purpose', 'missing'],
      ['patient', 'missing'],
      ['signer', 'missing'],
    ]);
  });

  it('bounds the preferred language and the form language', () => {
    expect(codes(parseInput(recordsRequestSchema, { ...valid, preferredLanguage: 'x'.repeat(65) }))).toEqual([['preferredLanguage', 'too_big']]);
    expect(recordsRequestSchema.safeParse({ ...valid, preferredLanguage: `  ${'x'.repeat(64)}  ` }).success).toBe(true);
    expect(codes(parseInput(recordsRequestSchema, { ...valid, formLanguage: 'fr' }))).toEqual([['formLanguage', 'invalid_value']]);
  });

  it('converts to JSON Schema (no transforms)', () => {
    const json = z.toJSONSchema(recordsRequestSchema, { io: 'input' }) as { required: string[] };
    expect(json.required).toEqual(['requester', 'recipient', 'purpose', 'patient', 'signer']);
  });

  it('infers the documented type', () => {
    expectTypeOf<RecordsRequest['formLanguage']>().toEqualTypeOf<'en' | 'es'>();
    expectTypeOf<RecordsRequest['channel']>().toEqualTypeOf<(typeof REQUEST_CHANNELS)[number] | undefined>();
  });
});

describe('faxRequestSchema', () => {
  it('needs a purpose, takes an optional requester and checks them together', () => {
    expect(faxRequestSchema.parse({ purpose: 'other' })).toEqual({ purpose: 'other' });
    expect(faxRequestSchema.parse({ purpose: 'patient-care' })).toEqual({ purpose: 'patient-care' });
    expect(faxRequestSchema.parse({ ...valid, purpose: 'patient-care' })).toEqual({ purpose: 'patient-care', requester: 'patient' });
    expect(codes(parseInput(faxRequestSchema, { purpose: 'patient-care', requester: 'insurance-company' }))).toEqual([
      ['purpose', 'invalid_value'],
    ]);
    expect(codes(parseInput(faxRequestSchema, { purpose: 'care' }))).toEqual([['purpose', 'invalid_value']]);
    expect(codes(parseInput(faxRequestSchema, {}))).toEqual([['purpose', 'missing']]);
    expect(codes(parseInput(faxRequestSchema, 'patient-care'))).toEqual([['', 'invalid_type']]);
  });
});
