import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/finding';
import { sortFindings, verdictOf } from './verdict';

const f = (severity: Finding['severity'], message: string = severity): Finding => ({ ruleId: 'originals.never', severity, message });

describe('verdictOf', () => {
  it('is not-accepted with an error, with-warnings with a warning, accepted otherwise', () => {
    expect(verdictOf([])).toBe('accepted');
    expect(verdictOf([f('info')])).toBe('accepted');
    expect(verdictOf([f('info'), f('warning')])).toBe('accepted-with-warnings');
    expect(verdictOf([f('warning'), f('error'), f('info')])).toBe('not-accepted');
    expect(verdictOf([f('error')])).toBe('not-accepted');
  });
});

describe('sortFindings', () => {
  it('puts errors, then warnings, then notices, keeping the order within each and not touching the input', () => {
    const input = [f('info', 'i1'), f('warning', 'w1'), f('error', 'e1'), f('info', 'i2'), f('error', 'e2'), f('warning', 'w2')];
    const copy = [...input];
    expect(sortFindings(input).map((x) => x.message)).toEqual(['e1', 'e2', 'w1', 'w2', 'i1', 'i2']);
    expect(input).toEqual(copy);
  });
});
