import { describe, expect, it } from 'vitest';
import { HIPAA_ACCESS_RULES } from '../access-deadline/access-rules';
import { HIPAA_ACCESS_SEVERITY } from '../access-deadline/severity';
import { HIPAA_AUTHORIZATION_RULES } from './authorization';
import { HIPAA_AUTHORIZATION_SEVERITY } from './severity';

describe('severity tables carried at run time', () => {
  it('give every authorization rule the severity of its catalog entry, and no other id', () => {
    expect(HIPAA_AUTHORIZATION_SEVERITY).toEqual(Object.fromEntries(HIPAA_AUTHORIZATION_RULES.map((r) => [r.id, r.severity])));
  });

  it('give every right-of-access rule the severity of its catalog entry, and no other id', () => {
    expect(HIPAA_ACCESS_SEVERITY).toEqual(Object.fromEntries(HIPAA_ACCESS_RULES.map((r) => [r.id, r.severity])));
  });
});
