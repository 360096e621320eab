import { describe, expect, it } from 'vitest';
import { fedexStatus, smartPostStatus } from './fedex-status';
import { refFedexMod11, refMod10 } from './test-support/reference';

const withCheck = (body: string, check: number): [string, string] => [`${body}${check}`, `${body}${(check + 1) % 10}`];
const expectForm = (valid: string, wrong: string): void => {
  expect(fedexStatus(valid, true)).toBe(2);
  expect(fedexStatus(wrong, true)).toBe(1);
};

describe('fedexStatus', () => {
  it('reads no FedEx form in a number with letters', () => {
    expect(fedexStatus('986578788855', false)).toBe(0);
  });

  it('checks 12-digit Express numbers modulo 11', () => {
    expectForm('986578788855', '986578788856');
    expect(fedexStatus('98657878885', true)).toBe(0);
    expect(fedexStatus('9865787888551', true)).toBe(0);
  });

  it('checks 15-digit Ground numbers modulo 10, weights 1, 3', () => {
    expectForm('041441760228964', '041441760228965');
    const [valid, wrong] = withCheck('12345678901234', refMod10('12345678901234', [1, 3]));
    expectForm(valid, wrong);
    expect(fedexStatus('04144176022896', true)).toBe(0);
  });

  it('checks 18-digit SSCC numbers of container type 00, 01, 02 or 04 over digits 3–17', () => {
    for (const type of ['00', '01', '02', '04']) {
      const serial = '123456789012345';
      expectForm(...withCheck(`${type}${serial}`, refMod10(serial, [3, 1])));
    }
    for (const type of ['03', '05', '10', '40']) {
      expect(fedexStatus(`${type}1234567890123451`, true)).toBe(0);
    }
  });

  it('checks 22-digit Ground 96 numbers over digits 8–21, weights 1, 3', () => {
    expectForm('9611020987654312345672', '9611020987654312345673');
    const serial = '11111111111112';
    expectForm(...withCheck(`9600000${serial}`, refMod10(serial, [1, 3])));
    expect(fedexStatus(`9700000${serial}${refMod10(serial, [1, 3])}`, true)).toBe(0);
  });

  it('checks 34-digit Express (first digit 0–8: 10…, 11…) and Ground GSN (96…) numbers modulo 11 over digits 21–33', () => {
    expectForm('1001921334250001000300779017972697', '1001921334250001000300779017972698');
    expectForm('1195266473930007521100871079919940', '1195266473930007521100871079919941');
    expectForm('9622001560001234567100794808390594', '9622001560001234567100794808390595');
    const serial = '1234567890123';
    for (const head of ['10', '11', '00', '42', '80', '96']) expectForm(...withCheck(`${head}${'5'.repeat(18)}${serial}`, refFedexMod11(serial)));
    for (const head of ['90', '95', '97', '99']) expect(fedexStatus(`${head}${'5'.repeat(18)}${serial}${refFedexMod11(serial)}`, true)).toBe(0);
  });

  it('checks 32-digit ASTRA numbers (first digit 3) modulo 11 over digits 17–27, four digits after the check digit', () => {
    expectForm('32971514560102447849175802862014', '32971514560102447849175802872014');
    expectForm('33810799560000004380417923803212', '33810799560000004380417923813212');
    const serial = '12345678901';
    expectForm(...(withCheck(`3${'7'.repeat(15)}${serial}`, refFedexMod11(serial)).map((n) => `${n}0000`) as [string, string]));
    // the four digits after the check digit are not checked
    expect(fedexStatus('32971514560102447849175802869999', true)).toBe(2);
    for (const head of ['2', '4', '9']) expect(fedexStatus(`${head}2971514560102447849175802862014`, true)).toBe(0);
    expect(fedexStatus('3297151456010244784917580286201', true)).toBe(0);
  });

  describe('SmartPost', () => {
    const serial19 = '6129098349792366623'; // SCNC 61, service 29, 8 + 7
    const serial23 = '61290983497923666231234'; // 8 + 11
    const check = (serial: string): number => refMod10(serial.startsWith('92') ? serial : `92${serial}`, [3, 1]);

    it('reads 20 and 24-digit numbers with an implied 92', () => {
      expectForm(...withCheck(serial19, check(serial19)));
      expectForm(...withCheck(serial23, check(serial23)));
      expect(fedexStatus('61299998820821171811', true)).toBe(2);
    });

    it('reads 22 and 26-digit numbers that start with 92', () => {
      expectForm(...withCheck(`92${serial19}`, check(serial19)));
      expectForm(...withCheck(`92${serial23}`, check(serial23)));
      expect(fedexStatus(`93${serial19}${check(serial19)}`, true)).toBe(0);
      expect(fedexStatus(`29${serial23}${check(serial23)}`, true)).toBe(0);
    });

    it('reads 30 and 34-digit numbers with a 420 ZIP routing prefix, then 92', () => {
      expectForm(...withCheck(`42011213${'92'}${serial19}`, check(serial19)));
      expectForm(...withCheck(`42011213${'92'}${serial23}`, check(serial23)));
      expect(fedexStatus(`42111213${'92'}${serial19}${check(serial19)}`, true)).toBe(0);
      expect(fedexStatus(`42011213${'91'}${serial19}${check(serial19)}`, true)).toBe(0);
      // 34 digits: not SmartPost, but of the Express form (first digit 4)
      for (const n of [`42111213${'92'}${serial23}${check(serial23)}`, `42011213${'82'}${serial23}${check(serial23)}`]) {
        expect(smartPostStatus(n)).toBe(0);
        expect(fedexStatus(n, true)).toBe(refFedexMod11(n.slice(20, 33)) === Number(n[33]) ? 2 : 1);
      }
    });

    it('needs service type 29 at digits 3–4 of the serial', () => {
      for (const body of ['6128098349792366623', '6139098349792366623', '2961098349792366623']) {
        expect(fedexStatus(`${body}${check(body)}`, true)).toBe(0);
        expect(fedexStatus(`92${body}${check(body)}`, true)).toBe(0);
      }
    });

    it('does not add 92 to a serial that already starts with 92', () => {
      const serial = '9229098349792366623';
      expectForm(...withCheck(serial, refMod10(serial, [3, 1])));
      expect(refMod10(serial, [3, 1])).not.toBe(refMod10(`92${serial}`, [3, 1]));
      expectForm(...withCheck(`92${serial}`, refMod10(serial, [3, 1])));
    });

    it('reads no other length', () => {
      for (const length of [19, 21, 23, 25, 27, 28, 29, 31, 32, 33]) {
        const body = `4200000092${'6129'}${'0'.repeat(length - 15)}`;
        expect(fedexStatus(`${body}${check(body)}`.slice(0, length), true)).toBe(0);
      }
    });
  });
});

describe('fedexStatus (boundaries between forms)', () => {
  const smart = (body: string): string => `${body}${refMod10(body.startsWith('92') ? body : `92${body}`, [3, 1])}`;

  it('reads the 34-digit modulo-11 forms at 34 digits only', () => {
    expect(fedexStatus('1012345678901', true)).toBe(0);
    expect(fedexStatus('961234567890123456789012345', true)).toBe(0);
    // a SmartPost number whose SCNC is 10 or 96 is no 34-digit Express number
    expect(fedexStatus(smart('1029098349792366623'), true)).toBe(2);
    expect(fedexStatus(smart('96290983497923666231234'), true)).toBe(2);
  });

  it('reads 92 + SmartPost at 22 and 26 digits only', () => {
    const body30 = '922929098349792366623123456'; // 92, SCNC 29, 29, … (30 digits with the check)
    expect(fedexStatus(smart(`${body30}12`), true)).toBe(0);
    expect(fedexStatus(smart('92612909834979236662312345678'), true)).toBe(0);
  });

  it('reads nothing when no SmartPost length applies, even with 29 in place', () => {
    expect(fedexStatus('1290000000000', true)).toBe(0);
    expect(fedexStatus('1002900000000', true)).toBe(0);
    expect(fedexStatus('1000290000000', true)).toBe(0);
    expect(fedexStatus('129000000000000000000000000', true)).toBe(0);
  });
});

describe('fedexStatus (a 34-digit number of two forms)', () => {
  it('is valid when either the Express or the SmartPost check digit holds', () => {
    // 420 ZIP 92, SCNC 61, 29, …: the SmartPost form; its first digit 4 gives it the Express form too
    const body = `42011213926129${'0'.repeat(19)}`;
    const smartCheck = refMod10(body.slice(10), [3, 1]) === refMod10(`92${body.slice(10)}`, [3, 1]) ? -1 : refMod10(`92${body.slice(10)}`, [3, 1]);
    const expressCheck = refFedexMod11(body.slice(20, 33));
    expect(smartCheck).not.toBe(expressCheck);
    expect(smartPostStatus(`${body}${smartCheck}`)).toBe(2);
    expect(fedexStatus(`${body}${smartCheck}`, true)).toBe(2);
    expect(smartPostStatus(`${body}${expressCheck}`)).toBe(1);
    expect(fedexStatus(`${body}${expressCheck}`, true)).toBe(2);
    const neither = [...'0123456789'].find((d) => Number(d) !== smartCheck && Number(d) !== expressCheck);
    expect(fedexStatus(`${body}${neither}`, true)).toBe(1);
  });
});
