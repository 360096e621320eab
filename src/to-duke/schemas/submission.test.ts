import { describe, expect, it } from 'vitest';
import { parseInput } from '../../core/parse-input';
import { submissionSchema } from './submission';

const base = { sender: 'patient', patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29' }, items: [{ kind: 'paper', pages: 1 }] };
const codes = (input: unknown) => {
  const r = parseInput(submissionSchema, input);
  return r.success ? [] : r.issues.map((i) => `${i.path.join('.')}:${i.code}`);
};

describe('submissionSchema', () => {
  it('gives the full parsed input with defaults, unknown keys stripped', () => {
    expect(submissionSchema.parse({ ...base, password: 'hunter2', preferredLanguage: ' es ' })).toEqual({
      sender: 'patient',
      patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29' },
      items: [{ kind: 'paper', pages: 1, original: false, radiology: [], label: { name: false, dateOfBirth: false, recordNumber: false, everyPage: false } }],
      actions: { notifiedMedicalRecords: false },
      preferredLanguage: 'es',
    });
  });

  it('needs 1 to 100 items', () => {
    expect(codes({ ...base, items: [] })).toEqual(['items:too_small']);
    expect(codes({ ...base, items: Array.from({ length: 100 }, () => ({ kind: 'paper', pages: 1 })) })).toEqual([]);
    expect(codes({ ...base, items: Array.from({ length: 101 }, () => ({ kind: 'paper', pages: 1 })) })).toEqual(['items:too_big']);
  });

  it('reports every problem with its path', () => {
    expect(codes({ sender: 'x', patient: {}, items: [{ kind: 'paper', pages: 0 }], channel: { kind: 'mail' }, preferredLanguage: 'l'.repeat(65) })).toEqual([
      'sender:invalid_value',
      'patient.name:missing',
      'patient.dateOfBirth:missing',
      'items.0.pages:too_small',
      'channel.carrier:missing',
      'preferredLanguage:too_big',
    ]);
    expect(codes(null)).toEqual([':invalid_type']);
  });
});
