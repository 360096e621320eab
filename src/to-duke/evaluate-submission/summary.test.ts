import { describe, expect, it } from 'vitest';
import { evaluateSubmission } from './evaluate-submission';
import { rawSubmission } from '../../../test/support/submission-fixtures';

const summaryOf = (input: unknown) => {
  const r = evaluateSubmission(input);
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.submission;
};

describe('summarize (through evaluateSubmission)', () => {
  it('keeps the preferred language when given, and has no such key otherwise', () => {
    expect(summaryOf(rawSubmission({ preferredLanguage: 'Spanish' })).preferredLanguage).toBe('Spanish');
    expect(Object.keys(summaryOf(rawSubmission()))).toEqual(['sender', 'patient', 'items', 'channel', 'actions']);
  });

  it('has no channel key when none is chosen, and hides a tracking number behind a flag', () => {
    expect(Object.keys(summaryOf(rawSubmission({ channel: undefined })))).toEqual(['sender', 'patient', 'items', 'actions']);
    expect(summaryOf(rawSubmission({ channel: { kind: 'mail', carrier: 'ups', trackingNumber: '1Z5R89390357567127' } })).channel).toEqual({
      kind: 'mail',
      carrier: 'ups',
      hasTrackingNumber: true,
    });
  });
});
