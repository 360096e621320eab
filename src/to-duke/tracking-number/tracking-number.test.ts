import { describe, expect, it } from 'vitest';
import { TRACKING_RULES, trackingHits } from './tracking-number';

const path = ['channel', 'trackingNumber'];

describe('TRACKING_RULES', () => {
  it('are warnings citing the trackable-carrier section, and say the check is the library\u2019s', () => {
    expect(TRACKING_RULES.map((r) => [r.id, r.severity, r.area, r.source.section])).toEqual([
      ['tracking.wrong-carrier', 'warning', 'tracking', 'Use a Trackable Carrier if Mailing'],
      ['tracking.check-digit', 'warning', 'tracking', 'Use a Trackable Carrier if Mailing'],
      ['tracking.unrecognized', 'warning', 'tracking', 'Use a Trackable Carrier if Mailing'],
    ]);
    for (const rule of TRACKING_RULES) expect(rule.summary).toContain('is this library\u2019s, not the page\u2019s');
  });
});

describe('trackingHits', () => {
  it('says nothing for a valid number of the carrier named', () => {
    expect(trackingHits({ kind: 'mail', carrier: 'ups', trackingNumber: '1Z5R89390357567127' })).toEqual([]);
    expect(trackingHits({ kind: 'mail', carrier: 'fedex', trackingNumber: '4490 4430 4137 821' })).toEqual([]);
    expect(trackingHits({ kind: 'mail', carrier: 'usps', trackingNumber: '9400 1112 0108 0805 4830 16' })).toEqual([]);
  });

  it('warns when the number is another carrier\u2019s', () => {
    expect(trackingHits({ kind: 'mail', carrier: 'usps', trackingNumber: '1Z5R89390357567127' })).toEqual([
      { ruleId: 'tracking.wrong-carrier', severity: 'warning', path, carrier: 'usps', detectedCarrier: 'ups' },
    ]);
    expect(trackingHits({ kind: 'mail', carrier: 'fedex', trackingNumber: '9400111201080805483016' })).toEqual([
      { ruleId: 'tracking.wrong-carrier', severity: 'warning', path, carrier: 'fedex', detectedCarrier: 'usps' },
    ]);
  });

  it('warns for a failed check digit and for a form no carrier uses', () => {
    expect(trackingHits({ kind: 'mail', carrier: 'ups', trackingNumber: '1Z5R89390357567128' })).toEqual([
      { ruleId: 'tracking.check-digit', severity: 'warning', path, carrier: 'ups' },
    ]);
    for (const trackingNumber of ['hello', '- -', '9'.repeat(40), 'ÄÖÜ123']) {
      expect(trackingHits({ kind: 'mail', carrier: 'usps', trackingNumber }), trackingNumber).toEqual([
        { ruleId: 'tracking.unrecognized', severity: 'warning', path, carrier: 'usps' },
      ]);
    }
  });

  it('checks nothing without a number, for another carrier or another channel', () => {
    expect(trackingHits({ kind: 'mail', carrier: 'ups' })).toEqual([]);
    expect(trackingHits({ kind: 'mail', carrier: 'ups', trackingNumber: '  ' })).toEqual([]);
    expect(trackingHits({ kind: 'mail', carrier: 'other', trackingNumber: 'hello' })).toEqual([]);
    expect(trackingHits({ kind: 'fax' })).toEqual([]);
    expect(trackingHits(undefined)).toEqual([]);
  });
});
