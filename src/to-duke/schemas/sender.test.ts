import { describe, expect, it } from 'vitest';
import { senderSchema } from './sender';
import { senderActionsSchema } from './sender-actions';

describe('senderSchema', () => {
  it('accepts the three senders and nothing else', () => {
    expect(senderSchema.options).toEqual(['patient', 'external-clinic', 'other']);
    for (const s of ['patient', 'external-clinic', 'other']) expect(senderSchema.parse(s)).toBe(s);
    for (const s of ['hospital', 'Patient', '', null]) expect(senderSchema.safeParse(s).success).toBe(false);
  });
});

describe('senderActionsSchema', () => {
  it('defaults to not notified and no follow-up planned', () => {
    expect(senderActionsSchema.parse({})).toEqual({ notifiedMedicalRecords: false });
    expect(senderActionsSchema.parse({ notifiedMedicalRecords: true, followUp: 'email', x: 1 })).toEqual({
      notifiedMedicalRecords: true,
      followUp: 'email',
    });
    expect(senderActionsSchema.parse({ followUp: 'phone' }).followUp).toBe('phone');
    expect(senderActionsSchema.safeParse({ followUp: 'letter' }).success).toBe(false);
    expect(senderActionsSchema.safeParse({ notifiedMedicalRecords: 'yes' }).success).toBe(false);
  });
});
