import { describe, expect, it } from 'vitest';
import { CARRIER_RULES, carrierHits, carrierPolicy } from './carriers';
import type { Carrier } from '../schemas/channel';

describe('CARRIER_RULES', () => {
  it('cites the trackable-carrier section', () => {
    expect(CARRIER_RULES.map((r) => [r.id, r.severity, r.source.section])).toEqual([
      ['carrier.trackable', 'info', 'Use a Trackable Carrier if Mailing'],
      ['carrier.usps-untracked', 'warning', 'Use a Trackable Carrier if Mailing'],
      ['carrier.unknown-trackability', 'warning', 'Use a Trackable Carrier if Mailing'],
      ['carrier.lost-in-transit', 'info', 'Use a Trackable Carrier if Mailing'],
    ]);
  });
});

describe('carrierPolicy', () => {
  it('recommends FedEx and UPS as trackable', () => {
    for (const carrier of ['fedex', 'ups'] as const) {
      expect(carrierPolicy(carrier)).toEqual({
        carrier,
        trackable: true,
        accepted: true,
        recommended: true,
        ruleIds: ['carrier.trackable', 'carrier.lost-in-transit'],
      });
    }
  });

  it('accepts USPS without recommending it', () => {
    expect(carrierPolicy('usps')).toEqual({
      carrier: 'usps',
      trackable: false,
      accepted: true,
      recommended: false,
      ruleIds: ['carrier.usps-untracked', 'carrier.trackable', 'carrier.lost-in-transit'],
    });
  });

  it('does not know whether another carrier is trackable', () => {
    expect(carrierPolicy('other')).toEqual({
      carrier: 'other',
      trackable: null,
      accepted: true,
      recommended: false,
      ruleIds: ['carrier.unknown-trackability', 'carrier.trackable', 'carrier.lost-in-transit'],
    });
    expect(carrierPolicy('dhl' as Carrier)).toBe(carrierPolicy('other'));
  });

  it('returns frozen shared answers', () => {
    expect(Object.isFrozen(carrierPolicy('ups'))).toBe(true);
    expect(Object.isFrozen(carrierPolicy('ups').ruleIds)).toBe(true);
    expect(carrierPolicy('fedex')).toBe(carrierPolicy('fedex'));
  });
});

describe('carrierHits', () => {
  const summary = (c: Carrier) => carrierHits(c).map((h) => `${h.ruleId}:${h.severity}:${h.path?.join('.')}`);
  it('warns for USPS and other carriers, and always notes the lost-in-transit risk', () => {
    expect(summary('fedex')).toEqual(['carrier.lost-in-transit:info:channel.carrier']);
    expect(summary('ups')).toEqual(['carrier.lost-in-transit:info:channel.carrier']);
    expect(summary('usps')).toEqual(['carrier.usps-untracked:warning:channel.carrier', 'carrier.lost-in-transit:info:channel.carrier']);
    expect(summary('other')).toEqual(['carrier.unknown-trackability:warning:channel.carrier', 'carrier.lost-in-transit:info:channel.carrier']);
  });
});
