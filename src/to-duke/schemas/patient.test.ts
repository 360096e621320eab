import { describe, expect, it } from 'vitest';
import { parseInput } from '../../core/parse-input';
import { hasRecordNumber, patientSchema } from './patient';

const codes = (input: unknown) => {
  const r = parseInput(patientSchema, input);
  return r.success ? [] : r.issues.map((i) => `${i.path.join('.')}:${i.code}`);
};

describe('patientSchema', () => {
  it('trims the name and the record number and keeps a real date of birth', () => {
    expect(patientSchema.parse({ name: '  Jane Doe ', dateOfBirth: '2024-02-29', recordNumber: ' D1 ', extra: 1 })).toEqual({
      name: 'Jane Doe',
      dateOfBirth: '2024-02-29',
      recordNumber: 'D1',
    });
    expect(patientSchema.parse({ name: 'J', dateOfBirth: '0001-01-01' })).toEqual({ name: 'J', dateOfBirth: '0001-01-01' });
  });

  it('refuses dates that are not real calendar dates', () => {
    for (const dob of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '24-01-01', '2024-1-01', '2024-01-01T00:00:00Z', '', '0000-01-01']) {
      expect(codes({ name: 'J', dateOfBirth: dob }), dob).toEqual(['dateOfBirth:' + (dob.length > 10 ? 'too_big' : 'invalid_date')]);
    }
    expect(codes({ name: 'J', dateOfBirth: 19800101 })).toEqual(['dateOfBirth:invalid_type']);
  });

  it('bounds the lengths and refuses a blank name', () => {
    expect(codes({ name: 'x'.repeat(200), dateOfBirth: '2000-01-01' })).toEqual([]);
    expect(codes({ name: 'x'.repeat(201), dateOfBirth: '2000-01-01' })).toEqual(['name:too_big']);
    expect(codes({ name: '   ', dateOfBirth: '2000-01-01' })).toEqual(['name:too_small']);
    expect(codes({ name: 'J', dateOfBirth: '2000-01-01', recordNumber: 'r'.repeat(64) })).toEqual([]);
    expect(codes({ name: 'J', dateOfBirth: '2000-01-01', recordNumber: 'r'.repeat(65) })).toEqual(['recordNumber:too_big']);
    expect(codes({ dateOfBirth: '2000-01-01' })).toEqual(['name:missing']);
  });

  it('stops at the length bound of a huge string (one issue)', () => {
    expect(codes({ name: 'J', dateOfBirth: '1'.repeat(1_000_000) })).toEqual(['dateOfBirth:too_big']);
  });
});

describe('hasRecordNumber', () => {
  it('is true exactly for a non-blank record number', () => {
    expect(hasRecordNumber({ recordNumber: 'D1' })).toBe(true);
    expect(hasRecordNumber({ recordNumber: ' x ' })).toBe(true);
    expect(hasRecordNumber({ recordNumber: '' })).toBe(false);
    expect(hasRecordNumber({ recordNumber: '  ' })).toBe(false);
    expect(hasRecordNumber({})).toBe(false);
  });
});
