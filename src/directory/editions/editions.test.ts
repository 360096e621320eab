import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { isCalendarDate } from '../../core/calendar-date';
import { DIRECTORY_EDITIONS } from '.';
import { SOURCES } from '../sources';
import { formatPostalAddress } from '../format-postal-address';
import type { ContactField, Destination, PostalAddress, UspsStateCode } from '../types';

const phone = z.strictObject({ e164: z.string().regex(/^\+1\d{10}$/), display: z.string().regex(/^\(\d{3}\) \d{3}-\d{4}$/) });
const USPS_STATE_CODES = [
  ...['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO'],
  ...['MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY'],
  ...['DC', 'AS', 'GU', 'MP', 'PR', 'VI', 'UM', 'FM', 'MH', 'PW', 'AA', 'AE', 'AP'],
] as const satisfies readonly UspsStateCode[];
const name = z.string().min(3).nullable();
const address = z
  .strictObject({
    lines: z.array(z.string().min(3)).min(2).max(4),
    attention: name,
    recipient: name,
    organization: name,
    street: z.array(z.string().min(3)).max(2),
    poBox: z.string().regex(/^(?:P\.O\. )?Box \d+$/).nullable(),
    city: z.string().min(2),
    state: z.enum(USPS_STATE_CODES),
    zip: z.string().regex(/^\d{5}(-\d{4})?$/),
    country: z.literal('US'),
    ambiguity: z.strictObject({ note: z.string().min(20), reading: z.string().min(20) }).optional(),
  })
  .refine((a) => (a.poBox === null) === (a.street.length > 0), 'a box address has no street line, a street address has no box');
const range = z.strictObject({ start: z.string().regex(/^\d{2}:\d{2}$/), end: z.string().regex(/^\d{2}:\d{2}$/) });
const DestinationSchema = z.strictObject({
  id: z.enum(['duke-document-management', 'lake-norman-medical-records', 'duke-release-of-information']),
  name: z.string().min(3),
  organization: z.string().min(3),
  edition: z.enum(['seed', '2025-10-18']),
  source: z.strictObject({
    url: z.enum(Object.values(SOURCES).map((s) => s.url) as [string, ...string[]]),
    title: z.string().min(5),
    section: z.string().min(3),
  }),
  phone: phone.nullable(),
  fax: phone.nullable(),
  email: z.email().nullable(),
  mailingAddress: address.nullable(),
  physicalAddress: address.nullable(),
  hours: z
    .strictObject({
      timeZone: z.literal('America/New_York'),
      weekly: z.partialRecord(z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']), z.array(range)),
    })
    .nullable(),
  notPublished: z.partialRecord(z.enum(['phone', 'fax', 'email', 'mailingAddress', 'physicalAddress', 'hours']), z.string().min(10)),
  handles: z.array(z.enum(['records-to-duke', 'records-requests', 'completed-request-forms'])).min(1),
  forms: z.array(z.strictObject({ title: z.string().min(5), language: z.enum(['en', 'es']), format: z.literal('PDF'), sizeKb: z.number().int().positive() })),
  portals: z.array(
    z.strictObject({
      id: z.enum(['patient-portal', 'my-duke-health', 'myhealthhome', 'athenahealth']),
      name: z.string().min(3),
      holds: z.string().min(10),
      availability: z
        .strictObject({ from: z.string().refine(isCalendarDate), minMonths: z.number().int().positive(), maxMonths: z.number().int().positive() })
        .refine((a) => a.minMonths <= a.maxMonths)
        .nullable(),
    }),
  ),
  onlineRequest: z.strictObject({ recommended: z.boolean() }).nullable(),
});
const CONTACT_FIELDS: readonly ContactField[] = ['phone', 'fax', 'email', 'mailingAddress', 'physicalAddress', 'hours'];
const all = DIRECTORY_EDITIONS.flatMap((e) => e.destinations.map((d) => [e.id, d] as const));
const addresses = all.flatMap(([edition, d]) =>
  [d.mailingAddress, d.physicalAddress].filter((a): a is PostalAddress => a !== null).map((a) => [`${edition}/${d.id}`, a] as const),
);
const find = (edition: number, id: Destination['id']) => DIRECTORY_EDITIONS[edition]?.destinations.find((d) => d.id === id);

describe('DIRECTORY_EDITIONS', () => {
  it('holds the seed and the 2025-10-18 edition, oldest first', () => {
    expect(DIRECTORY_EDITIONS.map((e) => [e.id, e.effectiveFrom])).toEqual([
      ['seed', null],
      ['2025-10-18', '2025-10-18'],
    ]);
    expect(DIRECTORY_EDITIONS.map((e) => e.destinations.map((d) => d.id))).toEqual([
      ['duke-document-management', 'lake-norman-medical-records'],
      ['duke-document-management', 'lake-norman-medical-records', 'duke-release-of-information'],
    ]);
  });

  it('every destination validates against the Destination schema', () => {
    for (const [edition, d] of all) {
      const r = DestinationSchema.safeParse(d);
      expect(r.success, `${edition}/${d.id}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
      expect(d.edition === edition || d.id === 'duke-document-management').toBe(true);
    }
  });

  it('knows every USPS state code, and only those', () => {
    expect(new Set(USPS_STATE_CODES).size).toBe(63);
    expectTypeOf<UspsStateCode>().toEqualTypeOf<(typeof USPS_STATE_CODES)[number]>();
  });

  it('formats the parts of every address to exactly its display lines', () => {
    expect(addresses).toHaveLength(5);
    for (const [where, a] of addresses) expect(formatPostalAddress(a), where).toEqual(a.lines);
  });

  it('gives every address a USPS state, a 5-digit ZIP Code (none prints ZIP+4), and a street or a box, never both', () => {
    for (const [where, a] of addresses) {
      expect(a.zip, where).toMatch(/^\d{5}(-\d{4})?$/);
      expect(a.zip, `${where}: no ZIP+4 is printed`).toMatch(/^\d{5}$/);
      expect(USPS_STATE_CODES, where).toContain(a.state);
      expect(a.country, where).toBe('US');
      if (a.poBox === null) expect(a.street.length, where).toBeGreaterThan(0);
      else expect(a.street, where).toEqual([]);
      for (const line of a.lines) expect(line, where).not.toMatch(/\b(?:suite|ste|apt|unit|floor)\b/i);
    }
  });

  it('gives the parts of the published addresses, inventing none', () => {
    const none = { attention: null, recipient: null, organization: null };
    expect(find(0, 'duke-document-management')?.mailingAddress).toMatchObject({
      ...none,
      recipient: 'Document Management',
      organization: 'Duke University Health System',
      street: [],
      poBox: 'P.O. Box 3016',
      city: 'Durham',
      state: 'NC',
      zip: '27710',
    });
    expect(find(0, 'lake-norman-medical-records')?.mailingAddress).toMatchObject({
      ...none,
      attention: 'Medical Records Department',
      organization: 'Duke Health Lake Norman Hospital',
      street: [],
      poBox: 'P.O. Box 3250',
      city: 'Mooresville',
      zip: '28117',
    });
    expect(find(0, 'lake-norman-medical-records')?.physicalAddress).toEqual({
      ...none,
      lines: ['171 Fairview Road', 'Mooresville, NC 28117'],
      street: ['171 Fairview Road'],
      poBox: null,
      city: 'Mooresville',
      state: 'NC',
      zip: '28117',
      country: 'US',
    });
    expect(find(1, 'duke-release-of-information')?.mailingAddress).toMatchObject({
      ...none,
      recipient: 'Release of Information',
      organization: 'Duke University Health System',
      street: [],
      poBox: 'Box 3016',
      city: 'Durham',
      zip: '27710',
    });
    expect(addresses.map(([where, a]) => [where, a.attention !== null, a.ambiguity !== undefined])).toEqual([
      ['seed/duke-document-management', false, true],
      ['seed/lake-norman-medical-records', true, false],
      ['seed/lake-norman-medical-records', false, false],
      ['2025-10-18/duke-document-management', false, true],
      ['2025-10-18/duke-release-of-information', false, true],
    ]);
  });

  it('gives a reason for every null contact field, and only for those', () => {
    for (const [edition, d] of all) {
      for (const field of CONTACT_FIELDS) {
        const reason = d.notPublished[field];
        if (d[field] === null) expect(reason, `${edition}/${d.id}.${field}`).toMatch(/\w{3,}/);
        else expect(reason, `${edition}/${d.id}.${field}`).toBeUndefined();
      }
    }
  });

  it('keeps the seed facts exactly as the page gives them', () => {
    const ln = find(0, 'lake-norman-medical-records');
    expect(ln?.phone).toEqual({ e164: '+17046604035', display: '(704) 660-4035' });
    expect(ln?.fax).toEqual({ e164: '+17046604038', display: '(704) 660-4038' });
    expect(ln?.mailingAddress?.lines).toEqual(['Attn: Medical Records Department', 'Duke Health Lake Norman Hospital', 'P.O. Box 3250', 'Mooresville, NC 28117']);
    expect(ln?.physicalAddress?.lines).toEqual(['171 Fairview Road', 'Mooresville, NC 28117']);
    expect(ln?.forms.map((f) => [f.language, f.sizeKb])).toEqual([
      ['en', 101],
      ['es', 279],
    ]);
    expect(ln?.onlineRequest).toEqual({ recommended: true });
    const dm = find(0, 'duke-document-management');
    expect(dm?.email).toBeNull();
    expect(dm?.fax?.e164).toBe('+19196205165');
    expect(dm?.phone?.e164).toBe('+19196846178');
    expect(dm?.mailingAddress?.lines).toEqual(['Document Management', 'Duke University Health System', 'P.O. Box 3016', 'Durham, NC 27710']);
  });

  it('keeps the 2025-10-18 facts', () => {
    const ln = find(1, 'lake-norman-medical-records');
    expect(ln?.forms.map((f) => [f.title, f.language, f.sizeKb])).toEqual([
      ['Patient Request for Health Information Form', 'en', 800],
      ['Patient Request for Health Information Form', 'es', 667],
    ]);
    expect(ln?.fax).toBeNull();
    expect(ln?.portals.map((p) => [p.id, p.availability])).toEqual([
      ['my-duke-health', null],
      ['myhealthhome', { from: '2025-10-18', minMonths: 12, maxMonths: 18 }],
      ['athenahealth', { from: '2025-10-18', minMonths: 12, maxMonths: 18 }],
    ]);
    const roi = find(1, 'duke-release-of-information');
    expect(roi?.fax).toEqual({ e164: '+19196205165', display: '(919) 620-5165' });
    expect(roi?.email).toBe('ROI-Requestor3@dm.duke.edu');
    expect(roi?.mailingAddress?.lines).toEqual(['Release of Information', 'Duke University Health System', 'Box 3016', 'Durham, NC 27710']);
    expect(roi?.handles).toEqual(['completed-request-forms']);
    expect(find(1, 'duke-document-management')).toBe(find(0, 'duke-document-management'));
    expect(find(1, 'duke-document-management')?.email).toBeNull();
  });

  it('publishes the request form in English and Spanish in every edition', () => {
    for (const e of DIRECTORY_EDITIONS) {
      const ln = e.destinations.find((d) => d.id === 'lake-norman-medical-records');
      expect(ln?.forms.map((f) => f.language)).toEqual(['en', 'es']);
    }
  });

  it('is deeply frozen: no level can be mutated', () => {
    const seen = new Set<object>();
    let objects = 0;
    const visit = (value: unknown, path: string): void => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      objects++;
      expect(Object.isFrozen(value), path).toBe(true);
      expect(() => {
        (value as Record<string, unknown>).__mutation = 1;
      }, path).toThrow(TypeError);
      for (const key of Object.keys(value)) {
        expect(() => {
          (value as Record<string, unknown>)[key] = 'changed';
        }, `${path}.${key}`).toThrow(TypeError);
        expect(() => {
          delete (value as Record<string, unknown>)[key];
        }, `${path}.${key}`).toThrow(TypeError);
        visit((value as Record<string, unknown>)[key], `${path}.${key}`);
      }
      if (Array.isArray(value)) expect(() => value.push(1), path).toThrow(TypeError);
    };
    visit(DIRECTORY_EDITIONS, 'DIRECTORY_EDITIONS');
    expect(objects).toBeGreaterThan(40);
    expect(find(0, 'lake-norman-medical-records')?.fax?.display).toBe('(704) 660-4038');
  });
});
