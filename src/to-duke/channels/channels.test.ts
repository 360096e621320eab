import { describe, expect, it } from 'vitest';
import { es } from '../../locales/es';
import { CHANNEL_RULES, channelHits, hasRadiology, rankChannels, recommendChannels } from './channels';

const plain = { items: [{ radiology: [] }] };
const images = { items: [{ radiology: [] }, { radiology: ['ct' as const] }] };
const known = { emailAddressKnown: true };
const unknown = { emailAddressKnown: false };
const summary = (hits: ReturnType<typeof channelHits>) => hits.map((h) => `${h.ruleId}:${h.severity}:${h.path?.join('.')}:${h.channel ?? ''}`);

describe('CHANNEL_RULES', () => {
  it('has the channel rules with their severities and the ambiguities recorded', () => {
    expect(CHANNEL_RULES.map((r) => [r.id, r.severity])).toEqual([
      ['channel.bring-copies-to-appointment', 'info'],
      ['channel.clinic-upload', 'info'],
      ['channel.radiology-clinic-upload', 'error'],
      ['channel.radiology-at-appointment', 'info'],
      ['channel.last-resort', 'warning'],
      ['channel.email-address-unpublished', 'info'],
    ]);
    expect(CHANNEL_RULES.filter((r) => 'ambiguity' in r).map((r) => r.id)).toEqual([
      'channel.clinic-upload',
      'channel.radiology-at-appointment',
      'channel.email-address-unpublished',
    ]);
    expect(CHANNEL_RULES.find((r) => r.id === 'channel.email-address-unpublished')?.source.section).toBe('Contact Us');
  });
});

describe('hasRadiology', () => {
  it('is true when any item lists an image', () => {
    expect(hasRadiology(plain.items)).toBe(false);
    expect(hasRadiology(images.items)).toBe(true);
    expect(hasRadiology([])).toBe(false);
  });
});

describe('rankChannels', () => {
  it('puts the appointment first without radiology images, then clinic upload, then the last resorts', () => {
    expect(rankChannels(plain.items).map((c) => [c.channel, c.rank, c.level, c.accepted])).toEqual([
      ['appointment-copies', 1, 'recommended', true],
      ['clinic-upload', 2, 'accepted', true],
      ['fax', 3, 'last-resort', true],
      ['email', 4, 'last-resort', true],
      ['mail', 5, 'last-resort', true],
    ]);
    expect(rankChannels(plain.items)[0]?.ruleIds).toEqual(['channel.bring-copies-to-appointment']);
    expect(rankChannels(plain.items)[3]?.ruleIds).toEqual(['channel.last-resort', 'channel.email-address-unpublished']);
  });

  it('requires clinic upload for radiology images and refuses fax, e-mail and mail', () => {
    expect(rankChannels(images.items).map((c) => [c.channel, c.rank, c.level, c.accepted])).toEqual([
      ['clinic-upload', 1, 'required', true],
      ['appointment-copies', 2, 'accepted', true],
      ['fax', 3, 'not-accepted', false],
      ['email', 4, 'not-accepted', false],
      ['mail', 5, 'not-accepted', false],
    ]);
    expect(rankChannels(images.items)[1]?.ruleIds).toEqual(['channel.radiology-at-appointment', 'channel.bring-copies-to-appointment']);
  });

  it('returns frozen shared lists', () => {
    const list = rankChannels(plain.items);
    expect(list).toBe(rankChannels([]));
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(Object.isFrozen(list[0]?.ruleIds)).toBe(true);
  });
});

describe('recommendChannels(input, options)', () => {
  it('ranks the channels of the items, as evaluateSubmission does', () => {
    expect(recommendChannels(plain)).toEqual({ success: true, channels: rankChannels(plain.items) });
    const r = recommendChannels({ items: [{ kind: 'media', medium: 'cd', radiology: ['mri'] }, {}] }, { asOf: '2025-06-01', locale: es });
    expect(r.success && r.channels).toBe(rankChannels(images.items));
  });

  it('returns issues, never throws, on input without items', () => {
    for (const input of [undefined, null, 7, []]) {
      const r = recommendChannels(input);
      expect(!r.success && r.issues.map((i) => [i.path, i.code])).toEqual([[[], input === undefined ? 'missing' : 'invalid_type']]);
    }
    expect(recommendChannels({}).success).toBe(false);
    const none = recommendChannels({ items: [] });
    expect(!none.success && none.issues.map((i) => [i.path, i.code])).toEqual([[['items'], 'too_small']]);
    const bad = recommendChannels({ items: [{ radiology: ['Jane Doe'] }] });
    expect(!bad.success && bad.issues.map((i) => i.path)).toEqual([['items', 0, 'radiology', 0]]);
    expect(JSON.stringify(bad)).not.toContain('Jane');
  });

  it('gives option issues', () => {
    const r = recommendChannels(plain, { locale: 'en' as never });
    expect(!r.success && r.issues.map((i) => i.path)).toEqual([['options', 'locale']]);
  });
});

describe('channelHits', () => {
  it('recommends without a chosen channel', () => {
    expect(summary(channelHits(plain, unknown))).toEqual(['channel.bring-copies-to-appointment:info:items:']);
    // With images, the clinic-upload rule (an error when broken) is cited by the choose-channel step, not a finding.
    expect(channelHits(images, unknown)).toEqual([]);
  });

  it('says nothing for the appointment without images, and the clinic upload rule with them', () => {
    expect(channelHits({ ...plain, channel: { kind: 'appointment-copies' } }, unknown)).toEqual([]);
    expect(summary(channelHits({ ...images, channel: { kind: 'appointment-copies' } }, unknown))).toEqual([
      'channel.radiology-at-appointment:info:channel:appointment-copies',
    ]);
  });

  it('notes clinic upload without images, and nothing with them', () => {
    expect(summary(channelHits({ ...plain, channel: { kind: 'clinic-upload' } }, unknown))).toEqual([
      'channel.clinic-upload:info:channel:clinic-upload',
    ]);
    expect(channelHits({ ...images, channel: { kind: 'clinic-upload' } }, unknown)).toEqual([]);
  });

  it('warns for fax, e-mail and mail, and refuses them for images', () => {
    expect(summary(channelHits({ ...plain, channel: { kind: 'fax' } }, unknown))).toEqual(['channel.last-resort:warning:channel:fax']);
    expect(summary(channelHits({ ...plain, channel: { kind: 'mail', carrier: 'ups' } }, unknown))).toEqual([
      'channel.last-resort:warning:channel:mail',
    ]);
    expect(summary(channelHits({ ...images, channel: { kind: 'mail', carrier: 'fedex' } }, known))).toEqual([
      'channel.last-resort:warning:channel:mail',
      'channel.radiology-clinic-upload:error:channel:mail',
    ]);
  });

  it('says the e-mail address is unpublished unless the integrator supplied one', () => {
    expect(summary(channelHits({ ...plain, channel: { kind: 'email' } }, unknown))).toEqual([
      'channel.last-resort:warning:channel:email',
      'channel.email-address-unpublished:info:channel:email',
    ]);
    expect(summary(channelHits({ ...plain, channel: { kind: 'email' } }, known))).toEqual(['channel.last-resort:warning:channel:email']);
    expect(summary(channelHits({ ...images, channel: { kind: 'email' } }, unknown))).toEqual([
      'channel.last-resort:warning:channel:email',
      'channel.radiology-clinic-upload:error:channel:email',
      'channel.email-address-unpublished:info:channel:email',
    ]);
  });
});
