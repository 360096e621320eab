import { describe, expect, it } from 'vitest';
import { upsStatus } from './ups-status';
import { refMod10 } from './test-support/reference';

describe('upsStatus', () => {
  it('checks 1Z numbers over the 15 characters after 1Z, letters included', () => {
    for (const n of ['1Z5R89390357567127', '1Z879E930346834440', '1Z410E7W0392751591', '1Z8V92A70367203024', '1ZXX3150YW44070023']) {
      expect(upsStatus(n)).toBe(2);
      expect(upsStatus(`${n.slice(0, 17)}${(Number(n[17]) + 1) % 10}`)).toBe(1);
    }
    const serial = 'ABCDEFGHIJKLMNO';
    expect(upsStatus(`1Z${serial}${refMod10(serial, [1, 2])}`)).toBe(2);
    expect(upsStatus('1Z1111111111111111')).toBe(1);
  });

  it('needs 1Z, 18 characters and a final digit', () => {
    expect(upsStatus('2Z5R89390357567127')).toBe(0);
    expect(upsStatus('1A5R89390357567127')).toBe(0);
    expect(upsStatus('Z15R89390357567127')).toBe(0);
    expect(upsStatus('1Z5R8939035756712')).toBe(0);
    expect(upsStatus('1Z5R893903575671277')).toBe(0);
    expect(upsStatus('1Z5R8939035756712A')).toBe(0);
    expect(upsStatus('1Z5R8939035756712:')).toBe(0);
  });

  it('checks waybill numbers (A, H, J, K, T, V + 10 digits) over the 9 digits after the letter', () => {
    for (const n of ['K1506235620', 'K2479825491', 'J4603636537', 'V0490119172', 'V0431105627']) expect(upsStatus(n)).toBe(2);
    for (const n of ['K1506235622', 'K2479825492', 'J4603636538', 'V0411335627', 'V0423305841']) expect(upsStatus(n)).toBe(1);
    expect(upsStatus('A1506235620')).toBe(2);
    expect(upsStatus('A1506235621')).toBe(1);
    for (const letter of 'AHJKTV') expect(upsStatus(`${letter}123456789${refMod10('123456789', [1, 2])}`)).toBe(2);
  });

  it('reads no waybill with another letter, length or a letter among the digits', () => {
    const check = refMod10('123456789', [1, 2]);
    for (const letter of 'BCGILMUWXZ') expect(upsStatus(`${letter}123456789${check}`)).toBe(0);
    expect(upsStatus(`K12345678${check}`)).toBe(0);
    expect(upsStatus(`K1234567890${check}`)).toBe(0);
    expect(upsStatus(`K12345A789${check}`)).toBe(0);
    expect(upsStatus(`KK123456789${check}`)).toBe(0);
  });
});
