import type { Bundle, HealthcareService, Location, Organization, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { CARD_EDITIONS } from '../../directory/cards';
import { getDestination } from '../../directory/get-destination';
import { isOpen, type Weekday, type WeeklySchedule } from '../../hours';
import { es } from '../../locales/es';
import { fhirErrors } from '../test-support/fhir-validator';
import { directoryToFhir, fhirAddress } from './directory-to-fhir';

const TIMEZONE = 'http://hl7.org/fhir/StructureDefinition/timezone';
const bundleOn = (asOf?: string): Bundle => {
  const r = directoryToFhir(asOf === undefined ? undefined : { asOf });
  if (!r.success) throw new Error('no bundle');
  return r.bundle;
};
const resources = (bundle: Bundle): Resource[] => (bundle.entry ?? []).map((e) => e.resource as Resource);
const find = <T extends Resource>(bundle: Bundle, type: T['resourceType'], id: string) => resources(bundle).find((r) => r.resourceType === type && r.id === id) as T | undefined;
type Time = NonNullable<HealthcareService['availableTime']>[number] & { _availableStartTime?: { extension?: { url: string; valueCode?: string }[] }; _availableEndTime?: { extension?: { url: string; valueCode?: string }[] } };

describe('directoryToFhir', () => {
  it.each([['newest', undefined], ['seed', '2025-01-01'], ['2025-10-18', '2025-10-18']])('gives a Bundle of type collection that is valid FHIR R4 (%s edition)', (_name, asOf) => {
    const bundle = bundleOn(asOf);
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(fhirErrors(bundle)).toEqual([]);
    for (const resource of resources(bundle)) expect(fhirErrors(resource), `${resource.resourceType}/${resource.id}`).toEqual([]);
  });

  it('holds an Organization and a HealthcareService per department, and a Location where a physical address is published', () => {
    expect(resources(bundleOn('2025-01-01')).map((r) => `${r.resourceType}/${r.id}`)).toEqual([
      'Organization/duke-document-management',
      'HealthcareService/duke-document-management',
      'Organization/lake-norman-medical-records',
      'HealthcareService/lake-norman-medical-records',
      'Location/lake-norman-medical-records',
    ]);
    expect(resources(bundleOn()).map((r) => `${r.resourceType}/${r.id}`)).toEqual([
      'Organization/duke-document-management',
      'HealthcareService/duke-document-management',
      'Organization/lake-norman-medical-records',
      'HealthcareService/lake-norman-medical-records',
      'Organization/duke-release-of-information',
      'HealthcareService/duke-release-of-information',
    ]);
  });

  it('gives the Duke customer service Monday to Friday, 08:00 to 16:30, in America/New_York', () => {
    const service = find<HealthcareService>(bundleOn(), 'HealthcareService', 'duke-document-management');
    const times = service?.availableTime as Time[];
    expect(times).toHaveLength(1);
    expect(times[0]?.daysOfWeek).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect([times[0]?.availableStartTime, times[0]?.availableEndTime]).toEqual(['08:00:00', '16:30:00']);
    expect(times[0]?._availableStartTime?.extension).toEqual([{ url: TIMEZONE, valueCode: 'America/New_York' }]);
    expect(times[0]?._availableEndTime?.extension).toEqual([{ url: TIMEZONE, valueCode: 'America/New_York' }]);
    // read back as a schedule, it is the directory's schedule, open and closed at the same instants
    const days: Record<string, Weekday> = { mon: 'monday', tue: 'tuesday', wed: 'wednesday', thu: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' };
    const weekly: Partial<Record<Weekday, { start: string; end: string }[]>> = {};
    for (const t of times) for (const d of t.daysOfWeek ?? []) (weekly[days[d] as Weekday] ??= []).push({ start: t.availableStartTime?.slice(0, 5) ?? '', end: t.availableEndTime?.slice(0, 5) ?? '' });
    const fromFhir: WeeklySchedule = { timeZone: times[0]?._availableStartTime?.extension?.[0]?.valueCode ?? '', weekly };
    const dm = getDestination('duke-document-management');
    const published = dm.success ? dm.destination?.hours : null;
    expect(fromFhir).toEqual(published);
    for (const instant of ['2026-11-25T13:00:00Z', '2026-11-25T21:29:59Z', '2026-11-25T21:30:00Z', '2026-11-28T15:00:00Z', '2026-07-06T12:00:00Z']) {
      expect(isOpen(fromFhir, instant), instant).toEqual(isOpen(published as WeeklySchedule, instant));
    }
    expect(isOpen(fromFhir, '2026-11-25T13:00:00Z')).toMatchObject({ open: true });
  });

  it('writes telecom with the right system and use, and leaves the unknown Document Management e-mail absent', () => {
    const bundle = bundleOn();
    const dm = find<Organization>(bundle, 'Organization', 'duke-document-management');
    expect(dm?.telecom).toEqual([
      { system: 'phone', value: '+19196846178', use: 'work' },
      { system: 'fax', value: '+19196205165', use: 'work' },
    ]);
    expect(JSON.stringify(bundle)).not.toMatch(/"email"[^}]*duke-document|e-mail-protection|null/);
    expect(find<Organization>(bundle, 'Organization', 'duke-release-of-information')?.telecom).toEqual([
      { system: 'fax', value: '+19196205165', use: 'work' },
      { system: 'email', value: 'ROI-Requestor3@dm.duke.edu', use: 'work' },
    ]);
    const ln = find<Organization>(bundle, 'Organization', 'lake-norman-medical-records');
    expect(ln).toEqual({
      resourceType: 'Organization',
      id: 'lake-norman-medical-records',
      meta: { source: 'https://www.dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records' },
      type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'dept' }] }],
      name: 'Medical Records Department',
    });
  });

  it('structures the published addresses, the city line read into city, state and postal code, nothing invented', () => {
    const seed = bundleOn('2025-01-01');
    expect(find<Organization>(seed, 'Organization', 'duke-document-management')?.address).toEqual([
      {
        use: 'work',
        type: 'postal',
        text: 'Document Management, Duke University Health System, P.O. Box 3016, Durham, NC 27710',
        line: ['Document Management', 'Duke University Health System', 'P.O. Box 3016'],
        city: 'Durham',
        state: 'NC',
        postalCode: '27710',
      },
    ]);
    const physical = { use: 'work', type: 'physical', text: '171 Fairview Road, Mooresville, NC 28117', line: ['171 Fairview Road'], city: 'Mooresville', state: 'NC', postalCode: '28117' };
    expect(find<Organization>(seed, 'Organization', 'lake-norman-medical-records')?.address?.map((a) => a.type)).toEqual(['postal', 'physical']);
    expect(find<Location>(seed, 'Location', 'lake-norman-medical-records')).toEqual({
      resourceType: 'Location',
      id: 'lake-norman-medical-records',
      meta: { source: 'https://dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records' },
      name: 'Duke Health Lake Norman Hospital',
      address: physical,
      managingOrganization: { reference: 'Organization/lake-norman-medical-records' },
    });
    const service = find<HealthcareService>(seed, 'HealthcareService', 'lake-norman-medical-records');
    expect(service?.location).toEqual([{ reference: 'Location/lake-norman-medical-records' }]);
    expect(service?.providedBy).toEqual({ reference: 'Organization/lake-norman-medical-records' });
    expect(service?.availableTime).toBeUndefined();
    for (const resource of resources(seed)) expect(JSON.stringify(resource)).not.toContain('"country"');
  });

  it('maps the parts of every address: line the display lines above the city line, city, USPS state and the ZIP Code as given', () => {
    let addresses = 0;
    for (const edition of CARD_EDITIONS)
      for (const card of edition.cards)
        for (const [address, type] of [
          [card.mailingAddress, 'postal'],
          [card.physicalAddress, 'physical'],
        ] as const)
          if (address !== null) {
            addresses++;
            expect(fhirAddress(address, type)).toEqual({ use: 'work', type, text: address.lines.join(', '), line: address.lines.slice(0, -1), city: address.city, state: address.state, postalCode: address.zip });
          }
    expect(addresses).toBe(5);
    const roi = find<Organization>(bundleOn('2025-10-18'), 'Organization', 'duke-release-of-information');
    expect(roi?.address).toEqual([
      { use: 'work', type: 'postal', text: 'Release of Information, Duke University Health System, Box 3016, Durham, NC 27710', line: ['Release of Information', 'Duke University Health System', 'Box 3016'], city: 'Durham', state: 'NC', postalCode: '27710' },
    ]);
    const zipPlus4 = { lines: ['Box 1', 'Durham, NC 27710-0001'], attention: null, recipient: null, organization: null, street: [], poBox: 'Box 1', city: 'Durham', state: 'NC', zip: '27710-0001', country: 'US' } as const;
    expect(fhirAddress(zipPlus4, 'postal')).toMatchObject({ line: ['Box 1'], city: 'Durham', state: 'NC', postalCode: '27710-0001' });
  });

  it('cites the source page of each department in meta.source, and keeps stable ids across editions and calls', () => {
    for (const edition of CARD_EDITIONS) {
      const bundle = bundleOn(edition.effectiveFrom ?? '2025-01-01');
      expect(bundle.id).toBe(`duke-directory-${edition.id}`);
      for (const resource of resources(bundle)) {
        const card = edition.cards.find((c) => c.id === resource.id);
        expect(resource.meta?.source).toBe(card?.source.url);
      }
    }
    const first = bundleOn();
    (first.entry as unknown[]).length = 0;
    expect(bundleOn()).toEqual(directoryToFhir({ asOf: new Date('2026-11-25T15:00:00Z') }).success && bundleOn('2026-11-25'));
    expect(directoryToFhir()).toMatchObject({ success: true, edition: '2025-10-18' });
  });

  it('refuses bad options with issues, in the locale asked for', () => {
    expect(directoryToFhir({ asOf: 'soon' })).toEqual({ success: false, issues: [{ path: ['options', 'asOf'], code: 'invalid_as_of', message: 'The as-of option is not a valid date or instant.' }] });
    const spanish = directoryToFhir({ asOf: 'soon', locale: es });
    expect(!spanish.success && spanish.issues[0]?.message).toBe('La opción de fecha de referencia no es una fecha o un instante válido.');
    expect(directoryToFhir({ locale: 'es' } as never)).toMatchObject({ success: false, issues: [{ path: ['options', 'locale'], code: 'invalid_value' }] });
  });
});
