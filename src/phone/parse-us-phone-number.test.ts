import { describe, expect, it } from 'vitest';
import { DIRECTORY_EDITIONS } from '../directory/editions';
import { parseUsPhoneNumber } from './parse-us-phone-number';

const LN_FAX = { valid: true, e164: '+17046604038', display: '(704) 660-4038', uri: 'tel:+17046604038', extension: null, region: 'US' };

describe('parseUsPhoneNumber', () => {
  it('reads the usual ways of writing a US number', () => {
    for (const s of ['704-660-4038', '(704) 660-4038', '704.660.4038', '7046604038', '17046604038', '1-704-660-4038', '+1 704 660 4038', '+17046604038', '011 1 704 660 4038', ' (704)660-4038 ']) {
      expect(parseUsPhoneNumber(s)).toEqual(LN_FAX);
    }
  });

  it('validates and formats every phone and fax number of every edition of the directory', () => {
    let count = 0;
    for (const edition of DIRECTORY_EDITIONS) {
      for (const destination of edition.destinations) {
        for (const number of [destination.phone, destination.fax]) {
          if (number === null) continue;
          count++;
          const expected = { valid: true, e164: number.e164, display: number.display, uri: `tel:${number.e164}`, extension: null, region: 'US' };
          expect(parseUsPhoneNumber(number.display)).toEqual(expected);
          expect(parseUsPhoneNumber(number.e164)).toEqual(expected);
        }
      }
    }
    expect(count).toBe(7);
  });

  it('keeps an extension apart, in the display form and the URI', () => {
    const expected = { valid: true, e164: '+19196846178', display: '(919) 684-6178 ext. 12', uri: 'tel:+19196846178;ext=12', extension: '12', region: 'US' };
    for (const s of ['919-684-6178 x12', '(919) 684-6178 ext. 12', '919 684 6178 ext 12', '9196846178;ext=12', '919-684-6178 #12']) {
      expect(parseUsPhoneNumber(s)).toEqual(expected);
    }
  });

  it('reads RFC 3966 tel: URIs of global numbers: separators, case, ext, other parameters ignored', () => {
    expect(parseUsPhoneNumber('tel:+17046604038')).toEqual(LN_FAX);
    for (const s of ['TEL:+17046604038', 'Tel:+1-704-660-4038', 'tel:+1(704)660.4038', ' tel:+17046604038 ', 'tel:+17046604038;isub=1234', 'tel:+17046604038;foo', 'tel:+17046604038;foo=b%20r;x-y=[a]/b:c&d+e$f']) {
      expect(parseUsPhoneNumber(s)).toEqual(LN_FAX);
    }
    const withExtension = { ...LN_FAX, display: '(704) 660-4038 ext. 12', uri: 'tel:+17046604038;ext=12', extension: '12' };
    for (const s of ['tel:+17046604038;ext=12', 'tel:+17046604038;EXT=1-2', 'tel:+17046604038;isub=9;ext=(12)', 'tel:+17046604038;ext=1.2;foo=bar']) {
      expect(parseUsPhoneNumber(s)).toEqual(withExtension);
    }
    expect(parseUsPhoneNumber(withExtension.uri)).toEqual(withExtension);
  });

  it('refuses the tel: URIs it does not read, without echoing them', () => {
    const refused = [
      'tel:7046604038', // a local number…
      'tel:660-4038;phone-context=+1704', // …needs a context: use the global form
      'tel:+17046604038;phone-context=+1', // a global number takes no context
      'tel:+17046604038;ext=1;ext=2', // a parameter twice
      'tel:+17046604038;ext=1;EXT=2',
      'tel:+17046604038;isub=1;isub=2',
      'tel:+17046604038;ext=',
      'tel:+17046604038;ext',
      'tel:+17046604038;ext=-',
      'tel:+17046604038;ext=1a',
      'tel:+1 704 660 4038', // no spaces in a URI
      'tel:+17046604038;',
      'tel:+17046604038;=1',
      'tel:+17046604038;foo=',
      'tel:+17046604038;foo=%2',
      'tel:+17046604038;fo o=1',
      'tel:+',
      'tel:+-',
      'tel:',
      'tel:+17046604038 x12',
      'tel:tel:+17046604038',
    ];
    for (const s of refused) expect(parseUsPhoneNumber(s)).toEqual({ valid: false, reason: 'not-a-number' });
    expect(parseUsPhoneNumber('tel:+442079460958')).toEqual({ valid: false, reason: 'not-us' });
    expect(parseUsPhoneNumber('tel:+16045551234')).toEqual({ valid: false, reason: 'invalid-number' });
    expect(parseUsPhoneNumber('tel:+1704660403')).toEqual({ valid: false, reason: 'invalid-length' });
  });

  it('takes the numbers of the US territories of calling code 1, with their region', () => {
    const cases = [
      ['(787) 723-4567', 'PR', '+17877234567'],
      ['939-240-1234', 'PR', '+19392401234'],
      ['+1 340 774 1234', 'VI', '+13407741234'],
      ['671.472.1234', 'GU', '+16714721234'],
      ['1-684-633-1234', 'AS', '+16846331234'],
      ['tel:+16702345678', 'MP', '+16702345678'],
      ['1-800-356-9377', 'US', '+18003569377'],
    ] as const;
    for (const [text, region, e164] of cases) {
      expect(parseUsPhoneNumber(text)).toMatchObject({ valid: true, region, e164, uri: `tel:${e164}` });
    }
    // a territory's unassigned exchange is as invalid as a state's
    expect(parseUsPhoneNumber('(787) 123-4567')).toEqual({ valid: false, reason: 'invalid-number' });
    expect(parseUsPhoneNumber('(671) 123-4567')).toEqual({ valid: false, reason: 'invalid-number' });
  });

  it('is as strict as the full metadata: the number must be in the US plan', () => {
    expect(parseUsPhoneNumber('555-123-4567')).toEqual({ valid: false, reason: 'invalid-number' });
    expect(parseUsPhoneNumber('(704) 060-4038')).toEqual({ valid: false, reason: 'invalid-number' });
    expect(parseUsPhoneNumber('(704) 160-4038')).toEqual({ valid: false, reason: 'invalid-number' });
    expect(parseUsPhoneNumber('(604) 555-1234')).toEqual({ valid: false, reason: 'invalid-number' }); // Vancouver
    expect(parseUsPhoneNumber('+1 242 357 1234')).toEqual({ valid: false, reason: 'invalid-number' }); // Bahamas
    expect(parseUsPhoneNumber('1-800-356-9377')).toMatchObject({ valid: true, e164: '+18003569377' });
  });

  it('tells a wrong number of digits from an unassigned number', () => {
    expect(parseUsPhoneNumber('704-660-403')).toEqual({ valid: false, reason: 'invalid-length' });
    expect(parseUsPhoneNumber('704-660-40388')).toEqual({ valid: false, reason: 'invalid-length' });
    expect(parseUsPhoneNumber('+1 704')).toEqual({ valid: false, reason: 'invalid-length' });
  });

  it('reports the parser failures with their own reasons', () => {
    expect(parseUsPhoneNumber('+44 20 7946 0958')).toEqual({ valid: false, reason: 'not-us' });
    expect(parseUsPhoneNumber('+0')).toEqual({ valid: false, reason: 'too-short' });
    expect(parseUsPhoneNumber('1')).toEqual({ valid: false, reason: 'too-short' });
    expect(parseUsPhoneNumber('+1 2345678901234567890')).toEqual({ valid: false, reason: 'too-long' });
    for (const s of ['call me', '+', '*', '(704) 660-4038x', '1 (800) FLOWERS', 'Fax: 704-660-4038', 'tel 704-660-4038']) {
      expect(parseUsPhoneNumber(s)).toEqual({ valid: false, reason: 'not-a-number' });
    }
  });

  it('answers non-strings, blanks and overlong input before parsing', () => {
    for (const v of [undefined, null, 7046604038, 17046604038n, {}, ['704-660-4038'], new String('704-660-4038')]) {
      expect(parseUsPhoneNumber(v)).toEqual({ valid: false, reason: 'not-a-string' });
    }
    for (const v of ['', ' ', '\t\n']) expect(parseUsPhoneNumber(v)).toEqual({ valid: false, reason: 'empty' });
    expect(parseUsPhoneNumber(`${' '.repeat(238)}704-660-4038`)).toEqual(LN_FAX); // 250 characters
    expect(parseUsPhoneNumber(`${' '.repeat(239)}704-660-4038`)).toEqual({ valid: false, reason: 'too-long' });
    expect(parseUsPhoneNumber(' '.repeat(251))).toEqual({ valid: false, reason: 'too-long' });
    const started = performance.now();
    expect(parseUsPhoneNumber('7'.repeat(10 * 1024 * 1024))).toEqual({ valid: false, reason: 'too-long' });
    expect(performance.now() - started).toBeLessThan(50);
  });
});
