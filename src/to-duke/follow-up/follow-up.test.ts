import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_RULES, followUpHits, followUpOf, followUpRequirements } from './follow-up';
import type { Channel } from '../schemas/channel';
import { media, paper } from '../../../test/support/submission-fixtures';

const protectedCd = media({ passwordProtected: true });

describe('FOLLOW_UP_RULES', () => {
  it('asks for a follow-up after mail or fax', () => {
    expect(FOLLOW_UP_RULES.map((r) => [r.id, r.severity, r.area])).toEqual([['followup.mail-or-fax', 'warning', 'follow-up']]);
  });
});

describe('followUpOf (followUpRequirements of parsed data)', () => {
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

describe('followUpRequirements', () => {
  it('parses the items and the channel, then answers as followUpOf', () => {
    const submission = { items: [paper(), protectedCd], channel: { kind: 'mail', carrier: 'ups' } } as const;
    expect(followUpRequirements(submission)).toEqual({ success: true, ...followUpOf(submission) });
    expect(followUpRequirements({ items: [{ kind: 'paper', pages: 1, label: { name: true, dateOfBirth: true } }] })).toMatchObject({ success: true, required: false });
  });

  it('returns input issues, never a throw, for a value that is not items and a channel', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
    for (const bad of [undefined, null, Number.NaN, '', [], {}, 'x'.repeat(100_000), JSON.parse('{"__proto__":{"polluted":1}}'), trap])
      expect(followUpRequirements(bad).success).toBe(false);
    expect(followUpRequirements({ items: [], channel: { kind: 'pigeon' } })).toMatchObject({ success: false, issues: [{ path: ['channel', 'kind'] }] });
  });
});
