import { describe, expect, it } from 'vitest';
import { es } from '../../locales/es';
import { FOLLOW_UP_RULES, followUpHits, followUpOf, followUpRequirements } from './follow-up';
import type { Channel } from '../schemas/channel';
import { media, paper } from '../../../test/support/submission-fixtures';

const protectedCd = media({ passwordProtected: true });

describe('FOLLOW_UP_RULES', () => {
  it('asks for a follow-up after mail or fax', () => {
    expect(FOLLOW_UP_RULES.map((r) => [r.id, r.severity, r.area])).toEqual([['followup.mail-or-fax', 'warning', 'follow-up']]);
  });
});

describe('followUpRequirements', () => {
  it('requires a follow-up after mail or fax, with passwords when media are protected', () => {
    for (const channel of [{ kind: 'fax' }, { kind: 'mail', carrier: 'usps' }] as Channel[]) {
      expect(followUpOf({ items: [paper()], channel })).toEqual({
        required: true,
        confirmReceipt: true,
        givePasswords: false,
        methods: ['phone', 'email'],
        ruleIds: ['followup.mail-or-fax'],
      });
      expect(followUpOf({ items: [paper(), protectedCd], channel }).givePasswords).toBe(true);
    }
  });

  it('requires nothing for other channels or none', () => {
    const none = { required: false, confirmReceipt: false, givePasswords: false, methods: [], ruleIds: [] };
    for (const kind of ['appointment-copies', 'clinic-upload', 'email'] as const) {
      expect(followUpOf({ items: [protectedCd], channel: { kind } })).toEqual(none);
    }
    expect(followUpOf({ items: [protectedCd] })).toEqual(none);
    expect(Object.isFrozen(followUpOf({ items: [] }))).toBe(true);
  });
});

describe('followUpRequirements(input, options)', () => {
  it('reads items and channel as a submission gives them', () => {
    expect(followUpRequirements({ channel: { kind: 'fax' } })).toEqual({ success: true, ...followUpOf({ items: [], channel: { kind: 'fax' } }) });
    const r = followUpRequirements({ items: [{ kind: 'media', medium: 'cd', passwordProtected: true }], channel: { kind: 'mail', carrier: 'ups' } }, { locale: es });
    expect(r.success && r.givePasswords).toBe(true);
    expect(followUpRequirements({}, { asOf: '2026-01-15' })).toEqual({ success: true, ...followUpOf({ items: [] }) });
  });

  it('returns issues, never throws, on bad input or options', () => {
    for (const input of [undefined, null, 3]) expect(followUpRequirements(input).success).toBe(false);
    const r = followUpRequirements({ items: [{ kind: 'media', medium: 'Jane Doe' }], channel: { kind: 'pigeon' } });
    expect(!r.success && r.issues.map((i) => i.path)).toEqual([['items', 0, 'medium'], ['channel', 'kind']]);
    expect(JSON.stringify(r)).not.toContain('Jane');
    const bad = followUpRequirements({}, 'es' as never);
    expect(!bad.success && bad.issues.map((i) => i.path)).toEqual([['options']]);
  });
});

describe('followUpHits', () => {
  const actions = { notifiedMedicalRecords: false };
  it('warns when a required follow-up is not planned', () => {
    expect(followUpHits({ items: [paper()], channel: { kind: 'fax' }, actions })).toEqual([
      { ruleId: 'followup.mail-or-fax', severity: 'warning', path: ['actions', 'followUp'], channel: 'fax' },
    ]);
    expect(followUpHits({ items: [paper()], channel: { kind: 'mail', carrier: 'ups' }, actions })[0]?.channel).toBe('mail');
  });

  it('is silent when planned, not required, or no channel is chosen', () => {
    expect(followUpHits({ items: [paper()], channel: { kind: 'fax' }, actions: { ...actions, followUp: 'phone' } })).toEqual([]);
    expect(followUpHits({ items: [paper()], channel: { kind: 'email' }, actions })).toEqual([]);
    expect(followUpHits({ items: [paper()], actions })).toEqual([]);
  });

  it('is silent without a channel even when given the requirements of a mailed submission, and does not throw', () => {
    const mailed = followUpOf({ items: [paper()], channel: { kind: 'mail', carrier: 'ups' } });
    expect(mailed.required).toBe(true);
    expect(followUpHits({ items: [paper()], actions }, mailed)).toEqual([]);
  });
});
