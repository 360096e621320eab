import { describe, expect, it } from 'vitest';
import { DIRECTORY_EDITIONS } from '../directory/editions';
import { matchDirectoryNumber } from './match-directory-number';

describe('matchDirectoryNumber', () => {
  it('finds the Lake Norman fax, however it is written', () => {
    for (const s of ['704.660.4038', '(704) 660-4038', '+17046604038', '1 704 660 4038 ext. 9']) {
      expect(matchDirectoryNumber(s)).toEqual({
        valid: true,
        e164: '+17046604038',
        matches: [{ edition: 'seed', destination: 'lake-norman-medical-records', field: 'fax' }],
      });
    }
  });

  it('tells a phone number from a fax number', () => {
    expect(matchDirectoryNumber('(704) 660-4035')).toEqual({
      valid: true,
      e164: '+17046604035',
      matches: [{ edition: 'seed', destination: 'lake-norman-medical-records', field: 'phone' }],
    });
  });

  it('lists every edition and department a number appears in, oldest edition first', () => {
    expect(matchDirectoryNumber('919-620-5165')).toEqual({
      valid: true,
      e164: '+19196205165',
      matches: [
        { edition: 'seed', destination: 'duke-document-management', field: 'fax' },
        { edition: '2025-10-18', destination: 'duke-document-management', field: 'fax' },
        { edition: '2025-10-18', destination: 'duke-release-of-information', field: 'fax' },
      ],
    });
    expect(matchDirectoryNumber('919-684-6178')).toEqual({
      valid: true,
      e164: '+19196846178',
      matches: [
        { edition: 'seed', destination: 'duke-document-management', field: 'phone' },
        { edition: '2025-10-18', destination: 'duke-document-management', field: 'phone' },
      ],
    });
  });

  it('finds every phone and fax number of the directory where the data has it', () => {
    for (const edition of DIRECTORY_EDITIONS) {
      for (const destination of edition.destinations) {
        for (const field of ['phone', 'fax'] as const) {
          const number = destination[field];
          if (number === null) continue;
          const found = matchDirectoryNumber(number.display);
          expect(found.valid && found.matches).toContainEqual({ edition: edition.id, destination: destination.id, field });
        }
      }
    }
  });

  it('gives no match for a valid number outside the directory', () => {
    expect(matchDirectoryNumber('(704) 660-4000')).toEqual({ valid: true, e164: '+17046604000', matches: [] });
    expect(matchDirectoryNumber('(919) 684-6179')).toEqual({ valid: true, e164: '+19196846179', matches: [] });
  });

  it('passes on the reason of an invalid number', () => {
    expect(matchDirectoryNumber('555-123-4567')).toEqual({ valid: false, reason: 'invalid-number' });
    expect(matchDirectoryNumber(null)).toEqual({ valid: false, reason: 'not-a-string' });
  });
});
