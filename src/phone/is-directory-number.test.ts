import { describe, expect, it } from 'vitest';
import { isDirectoryNumber } from './is-directory-number';

describe('isDirectoryNumber', () => {
  it('says whether a number is in the directory at all', () => {
    expect(isDirectoryNumber('(919) 620-5165')).toBe(true);
    expect(isDirectoryNumber('(704) 660-4038')).toBe(true);
    expect(isDirectoryNumber('(704) 660-4000')).toBe(false);
    expect(isDirectoryNumber('555-123-4567')).toBe(false);
    expect(isDirectoryNumber(undefined)).toBe(false);
  });

  it('narrows by department', () => {
    expect(isDirectoryNumber('(704) 660-4038', { destination: 'lake-norman-medical-records' })).toBe(true);
    expect(isDirectoryNumber('(704) 660-4038', { destination: 'duke-document-management' })).toBe(false);
  });

  it('narrows by field', () => {
    expect(isDirectoryNumber('(704) 660-4038', { field: 'fax' })).toBe(true);
    expect(isDirectoryNumber('(704) 660-4038', { field: 'phone' })).toBe(false);
    expect(isDirectoryNumber('(704) 660-4035', { destination: 'lake-norman-medical-records', field: 'fax' })).toBe(false);
  });

  it('narrows by edition', () => {
    expect(isDirectoryNumber('(704) 660-4038', { edition: 'seed' })).toBe(true);
    expect(isDirectoryNumber('(704) 660-4038', { edition: '2025-10-18' })).toBe(false);
    expect(isDirectoryNumber('(919) 620-5165', { edition: '2025-10-18', destination: 'duke-release-of-information', field: 'fax' })).toBe(true);
    expect(isDirectoryNumber('(919) 620-5165', { edition: 'seed', destination: 'duke-release-of-information' })).toBe(false);
  });

  it('needs every given part to hold in one and the same match', () => {
    // Release of Information (2025-10-18 only) and the seed edition (Document Management) both hold 919-620-5165
    expect(isDirectoryNumber('(919) 620-5165', { edition: 'seed', field: 'fax' })).toBe(true);
    expect(isDirectoryNumber('(919) 684-6178', { destination: 'duke-release-of-information' })).toBe(false);
    expect(isDirectoryNumber('(919) 684-6178', { destination: 'duke-document-management', field: 'fax' })).toBe(false);
  });

  it('never throws on a hostile `where`: null is no filter, anything unreadable is false', () => {
    expect(isDirectoryNumber('(704) 660-4038', null)).toBe(true);
    expect(isDirectoryNumber('(704) 660-4038', {})).toBe(true);
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const where of [throwing, 'fax', 7, true, Symbol('x'), () => undefined]) {
      expect(isDirectoryNumber('(704) 660-4038', where as never)).toBe(false);
    }
    expect(isDirectoryNumber('(704) 660-4038', { field: 7 } as never)).toBe(false);
    expect(isDirectoryNumber('(704) 660-4038', [] as never)).toBe(true);
  });
});
