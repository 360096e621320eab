import { describe, expect, it } from 'vitest';
import { parseInput } from '../../core/parse-input';
import { carrierSchema, channelSchema } from './channel';

const codes = (input: unknown) => {
  const r = parseInput(channelSchema, input);
  return r.success ? [] : r.issues.map((i) => `${i.path.join('.')}:${i.code}`);
};

describe('channelSchema', () => {
  it('accepts the five channels', () => {
    for (const kind of ['appointment-copies', 'clinic-upload', 'fax', 'email']) expect(channelSchema.parse({ kind, carrier: 'ups' })).toEqual({ kind });
    expect(carrierSchema.options).toEqual(['fedex', 'ups', 'usps', 'other']);
    expect(channelSchema.parse({ kind: 'mail', carrier: 'fedex', trackingNumber: ' 1234 ' })).toEqual({
      kind: 'mail',
      carrier: 'fedex',
      trackingNumber: '1234',
    });
  });

  it('needs a known carrier for mail and bounds the tracking number', () => {
    expect(codes({ kind: 'mail' })).toEqual(['carrier:missing']);
    expect(codes({ kind: 'mail', carrier: 'dhl' })).toEqual(['carrier:invalid_value']);
    expect(codes({ kind: 'mail', carrier: 'ups', trackingNumber: 'x'.repeat(64) })).toEqual([]);
    expect(codes({ kind: 'mail', carrier: 'ups', trackingNumber: 'x'.repeat(65) })).toEqual(['trackingNumber:too_big']);
    expect(codes({ kind: 'mail', carrier: 'ups', trackingNumber: 12 })).toEqual(['trackingNumber:invalid_type']);
    expect(codes({ kind: 'pigeon' })).toEqual(['kind:invalid_value']);
  });
});
