import { describe, expect, it } from 'vitest';
import { uspsStatus } from './usps-status';
import { refMod10, refS10 } from './test-support/reference';

const w31 = (serial: string): number => refMod10(serial, [3, 1]);
const expectForm = (body: string, check: number): void => {
  expect(uspsStatus(`${body}${check}`, true)).toBe(2);
  expect(uspsStatus(`${body}${(check + 5) % 10}`, true)).toBe(1);
};

describe('uspsStatus', () => {
  describe('S10 international numbers', () => {
    it('checks US identifiers with the S10 algorithm', () => {
      expect(uspsStatus('RB123456785US', false)).toBe(2);
      expect(uspsStatus('RB123456786US', false)).toBe(1);
      expect(uspsStatus(`EA12345678${refS10('12345678')}US`, false)).toBe(2);
    });

    it('reads only US identifiers', () => {
      for (const country of ['GB', 'CA', 'XX', 'UZ', 'SU']) expect(uspsStatus(`RB123456785${country}`, false)).toBe(0);
    });

    it('needs a UPU service indicator', () => {
      for (const service of ['EA', 'LZ', 'MA', 'RR', 'UA', 'VA', 'CP', 'HA', 'QA', 'QM', 'BA', 'DZ', 'NA', 'PA', 'ZZ', 'AV', 'AZ', 'GA', 'GD']) {
        expect(uspsStatus(`${service}123456785US`, false)).toBe(2);
      }
      for (const service of ['QN', 'QZ', 'AA', 'AU', 'GB', 'GZ', 'FA', 'IA', 'JA', 'KA', 'OA', 'SA', 'TA', 'WA', 'XA', 'YA', 'E1', '1A']) {
        expect(uspsStatus(`${service}123456785US`, false)).toBe(0);
      }
    });

    it('needs 2 letters, 9 digits and US exactly', () => {
      for (const n of ['RB12345678US', 'RB1234567855US', 'RBB23456785US', 'RB12345678AUS', 'RB123456785USA', 'XRB123456785US']) {
        expect(uspsStatus(n, false)).toBe(0);
      }
    });
  });

  it('checks 20-digit numbers unprefixed, and with an implied 91', () => {
    expect(uspsStatus('03071790000523483741', true)).toBe(2);
    expect(uspsStatus('71123456789123456787', true)).toBe(2);
    const body = '0307179000052348374';
    expect(w31(body)).toBe(1);
    expect(w31(`91${body}`)).toBe(3);
    for (const d of '0123456789') expect(uspsStatus(`${body}${d}`, true)).toBe(d === '1' || d === '3' ? 2 : 1);
    // starting with 91–95: one reading only
    const ai = '9405803699300124287';
    for (const d of '0123456789') expect(uspsStatus(`${ai}${d}`, true)).toBe(d === String(w31(ai)) ? 2 : 1);
  });

  it('checks 22 and 26-digit IMpb numbers that start with 91–95', () => {
    expect(uspsStatus('9400111201080805483016', true)).toBe(2);
    expect(uspsStatus('9405803699300124287899', true)).toBe(2);
    expect(uspsStatus('92748931507708513018050063', true)).toBe(2);
    for (const ai of ['91', '92', '93', '94', '95']) {
      expectForm(`${ai}1234567890123456789`, w31(`${ai}1234567890123456789`));
      expectForm(`${ai}12345678901234567890123`, w31(`${ai}12345678901234567890123`));
    }
    for (const ai of ['90', '96', '99', '81', '19']) {
      expect(uspsStatus(`${ai}1234567890123456789${w31(`${ai}1234567890123456789`)}`, true)).toBe(0);
      expect(uspsStatus(`${ai}12345678901234567890123${w31(`${ai}12345678901234567890123`)}`, true)).toBe(0);
    }
  });

  it('checks 24-digit IMpb numbers with an implied 91 unless they start with 91–95', () => {
    const body = '12345678901234567890123';
    expectForm(body, w31(`91${body}`));
    expect(w31(`91${body}`)).not.toBe(w31(body));
    const own = '93345678901234567890123';
    expectForm(own, w31(own));
    expect(w31(`91${own}`)).not.toBe(w31(own));
    expect(uspsStatus(`${own}${w31(`91${own}`)}`, true)).toBe(1);
  });

  it('checks 28 and 32-digit IMpb numbers after a 420 ZIP prefix', () => {
    const s19 = '0012345678901234567';
    expectForm(`42012345${s19}`, w31(`91${s19}`));
    const s23 = '00123456789012345678901';
    expect(uspsStatus(`42012345${s23}${w31(`91${s23}`)}`, true)).toBe(2);
    expect(uspsStatus(`43012345${s19}${w31(`91${s19}`)}`, true)).toBe(0);
    expect(uspsStatus(`52012345${s23}${w31(`91${s23}`)}`, true)).toBe(0);
  });

  it('checks 30 and 34-digit IMpb numbers after 420 ZIP when 91–95 follows', () => {
    const s19 = '0012345678901234567';
    expect(uspsStatus('420221539101026837331000039521', true)).toBe(2);
    for (const ai of ['91', '95']) expectForm(`42012345${ai}${s19}`, w31(`${ai}${s19}`));
    expect(uspsStatus(`42012345${'96'}${s19}${w31(`96${s19}`)}`, true)).toBe(0);
    expect(uspsStatus(`42012345${'90'}${s19}${w31(`90${s19}`)}`, true)).toBe(0);
    const s23 = '00123456789012345678901';
    expect(uspsStatus(`42012345${'94'}${s23}${w31(`94${s23}`)}`, true)).toBe(2);
  });

  it('checks 420 ZIP routing numbers (32 digits, or 34 with 92–95) over the part after the routing code', () => {
    expect(uspsStatus('4201002334249200190132607600833457', true)).toBe(2);
    expect(uspsStatus('4201028200009261290113185417468510', true)).toBe(2);
    expect(uspsStatus('4201028200009261290113185417468511', true)).toBe(1);
    const serial = '1234567890123456789';
    const head = '420123456789'; // 420, ZIP 12345, routing 6789
    // 32 digits: the check is over the 19 digits after the routing code (the IMpb reading may accept another)
    expect(uspsStatus(`${head}${serial}${w31(serial)}`, true)).toBe(2);
    for (const ai of ['92', '93', '94', '95']) expect(uspsStatus(`${head}${ai}${serial}${w31(`${ai}${serial}`)}`, true)).toBe(2);
    // 91 is not one of them: only the IMpb reading (91–95 at digit 9) can make a 34-digit number valid
    const with91 = `${head}91${serial}`;
    expect(with91.slice(8, 10)).toBe('67');
    expect(uspsStatus(`${with91}${w31(`91${serial}`)}`, true)).toBe(0);
  });

  it('accepts a number whose IMpb reading holds when the routing reading does not', () => {
    const head = '42012345';
    const serial = '9212345678901234567890123'; // 25 digits: AI 92 at digit 9 (IMpb), 34 in all
    const number = `${head}${serial}${w31(serial)}`;
    expect(number.length).toBe(34);
    expect(w31(number.slice(12, 33))).not.toBe(w31(serial));
    expect(uspsStatus(number, true)).toBe(2);
  });

  it('reads no USPS form in other lengths and prefixes', () => {
    for (const length of [13, 19, 21, 23, 25, 27, 29, 31, 33]) expect(uspsStatus('4209'.padEnd(length, '1'), true)).toBe(0);
    expect(uspsStatus('1'.repeat(28), true)).toBe(0);
    expect(uspsStatus('1'.repeat(30), true)).toBe(0);
    expect(uspsStatus('1'.repeat(32), true)).toBe(0);
    expect(uspsStatus('1'.repeat(34), true)).toBe(0);
  });
});

describe('uspsStatus (boundaries between forms)', () => {
  const w31 = (serial: string): number => refMod10(serial, [3, 1]);

  it('reads a leading 91–95 as IMpb at 22 and 26 digits only', () => {
    for (const body of ['941234567890', '94123456789012345678901234567', '9412345678901234567890123456789']) {
      expect(uspsStatus(`${body}${w31(body)}`, true)).toBe(0);
    }
  });

  it('reads 92–95 after 420 ZIP and routing at 34 digits only', () => {
    for (const body of ['42012345678992123456789012', '4201234567899212345678901234', '420123456789921234567890123456']) {
      expect([27, 29, 31]).toContain(body.length + 1);
      expect(uspsStatus(`${body}${w31(body.slice(12))}`, true)).toBe(0);
    }
  });

  it('reads 91–95 after 420 ZIP at 30 and 34 digits only', () => {
    for (const body of ['42012345941234567890', '420123459412345678901234', '4201234594123456789012345678', '420123459412345678901234567890', '42012345941234567890123456789012']) {
      expect([21, 25, 29, 31, 33]).toContain(body.length + 1);
      expect(uspsStatus(`${body}${w31(body.slice(8))}`, true)).toBe(0);
    }
  });
});
