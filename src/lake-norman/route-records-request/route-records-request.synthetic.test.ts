/**
 * Routing against a hypothetical edition in which the Lake Norman entry
 * offers no online request and names no portal: the route must follow the
 * directory data, not assume them.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../directory/editions', async (importOriginal) => {
  const { DIRECTORY_EDITIONS } = await importOriginal<typeof import('../../directory/editions')>();
  const seed = DIRECTORY_EDITIONS[0];
  if (seed === undefined) throw new Error('no seed edition');
  return {
    DIRECTORY_EDITIONS: [
      {
        ...seed,
        destinations: seed.destinations.map((d) => (d.id === 'lake-norman-medical-records' ? { ...d, onlineRequest: null, portals: [] } : d)),
      },
    ],
  };
});

const { routeRecordsRequest } = await import('./route-records-request');

const request = {
  requester: 'patient',
  recipient: 'patient',
  purpose: 'other',
  patient: { situation: 'adult' },
  signer: { role: 'patient' },
} as const;

describe('routeRecordsRequest without online request or portal in the edition', () => {
  it('offers only the send channels, and no online or portal step', () => {
    const r = routeRecordsRequest(request);
    if (!r.success) throw new Error('refused');
    expect(r.channels.map((c) => c.channel)).toEqual(['mail']);
    expect(r.steps.map((s) => s.action)).toEqual(['complete-form', 'sign-authorization', 'send-form', 'ask-questions']);
    expect(r.ruleIds).not.toContain('ln.online-recommended');
    expect(r.ruleIds).not.toContain('ln.patient-portal');
  });

  it('refuses an online request or portal asked for, pointing to the first send channel', () => {
    for (const channel of ['online-request', 'patient-portal'] as const) {
      const r = routeRecordsRequest({ ...request, channel });
      if (!r.success) throw new Error('refused');
      expect(r.requestedChannel).toEqual({ channel, accepted: false, alternative: r.channels[0], ruleIds: [] });
      expect(r.requestedChannel?.alternative?.channel).toBe('mail');
    }
  });
});
