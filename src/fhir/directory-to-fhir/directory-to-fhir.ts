import type { Bundle } from '@medplum/fhirtypes';
import * as z from 'zod';
import type { EntryOptions } from '../../core/parse-options';
import { selectEdition } from '../../core/select-edition';
import type { EditionId } from '../../core/types';
import { CARD_EDITIONS } from '../../directory/cards';
import { formatPostalAddress } from '../../directory/format-postal-address';
import type { PostalAddress } from '../../directory/types';
import type { FhirParseFailure } from '../issues';
import { json, readOptions, some } from '../read';

/**
 * What {@link directoryToFhir} returns: the edition read and the directory
 * as a FHIR R4 `Bundle` of type `collection`. Holds no patient data.
 *
 * @category FHIR
 * @example
 * ```ts
 * import { directoryToFhir, type FhirDirectory } from 'duke-records-rules/fhir';
 * const r = directoryToFhir();
 * const d: FhirDirectory | null = r.success ? r : null;
 * d?.bundle.type; // 'collection'
 * ```
 */
export interface FhirDirectory {
  readonly success: true;
  readonly edition: EditionId;
  readonly bundle: Bundle;
}

/** The standard extension that gives a time its IANA zone. */
const TIMEZONE = 'http://hl7.org/fhir/StructureDefinition/timezone';

/**
 * An address of the directory, as a FHIR `Address`, from its parts: `line`
 * the display lines above the city line (attention, recipient and
 * organization lines included, as on an envelope, then the street or box
 * line), `city`, `state` (USPS code) and `postalCode` (the ZIP Code as
 * published), `text` the display lines joined. No `country`: the pages do
 * not print it.
 *
 * @internal
 * @example
 * ```ts
 * fhirAddress(LAKE_NORMAN_SEED_CARD.physicalAddress, 'physical').line; // ['171 Fairview Road']
 * ```
 */
export function fhirAddress(address: PostalAddress, type: 'postal' | 'physical') {
  const lines = formatPostalAddress(address);
  return { use: 'work', type, text: lines.join(', '), line: lines.slice(0, -1), city: address.city, state: address.state, postalCode: address.zip };
}

/**
 * The directory edition in force on `asOf` (the newest without it) as a
 * FHIR R4 `Bundle` of type `collection`, for EHRs and directories that read
 * FHIR. For each department of the edition:
 *
 * - an `Organization` (id: the destination id, such as
 *   `duke-document-management`): `name`, `type` `dept`, `telecom` (`phone`,
 *   `fax` and `email`, use `work`; phone and fax in E.164), `address` (the
 *   mailing address as `postal`, the physical one as `physical`, from the
 *   address's parts: `line`, `city`, `state` and `postalCode`; no country,
 *   which the pages do not print);
 * - a `HealthcareService` (same id) provided by it, with the same
 *   `telecom` and, where the page publishes hours, `availableTime` (days of
 *   week, start and end times), each time carrying its IANA zone in the
 *   standard extension `http://hl7.org/fhir/StructureDefinition/timezone`;
 * - a `Location` (same id) where a physical address is published, managed
 *   by the organization and named after the hospital or system.
 *
 * Every resource carries the source page it was read from in
 * `meta.source`. What a page does not publish stays absent, never
 * invented: Document Management's e-mail address is unknown, so its
 * `Organization` has no e-mail. Portals, forms and the reasons a contact
 * is not published are not carried (read them with `getDestination`).
 *
 * @param options - `asOf`, the date whose edition is wanted (default: the
 *   newest); `locale` of the issues
 * @returns `{ success: true, edition, bundle }`, or `{ success: false, issues }` for invalid options
 *
 * @category FHIR
 * @example
 * ```ts
 * import { directoryToFhir } from 'duke-records-rules/fhir';
 * const r = directoryToFhir({ asOf: '2026-01-15' });
 * if (r.success) {
 *   r.bundle.entry?.map((e) => `${e.resource?.resourceType}/${e.resource?.id}`)[0]; // 'Organization/duke-document-management'
 * }
 * ```
 */
export function directoryToFhir(options?: EntryOptions): FhirDirectory | FhirParseFailure {
  const opts = readOptions(options, z.object({}));
  if (!opts.success) return opts;
  const edition = selectEdition(CARD_EDITIONS, opts.asOf);
  const entry = edition.cards.flatMap((card) => {
    const { id, hours, physicalAddress } = card;
    const meta = { source: card.source.url };
    const organization = { reference: `Organization/${id}` };
    const telecom = some(
      (
        [
          ['phone', card.phone?.e164],
          ['fax', card.fax?.e164],
          ['email', card.email],
        ] as const
      ).flatMap(([system, value]) => (value ? [{ system, value, use: 'work' }] : [])),
    );
    const zone = { extension: [{ url: TIMEZONE, valueCode: hours?.timeZone }] };
    // One availableTime per distinct range, with the days it applies to
    // (FHIR day codes are the first three letters of the weekday names).
    const times = new Map<string, { readonly daysOfWeek: string[]; readonly [time: string]: unknown }>();
    for (const [day, ranges] of Object.entries(hours?.weekly ?? {}))
      for (const { start, end } of ranges) {
        const time = times.get(start + end) ?? { daysOfWeek: [], availableStartTime: `${start}:00`, _availableStartTime: zone, availableEndTime: `${end}:00`, _availableEndTime: zone };
        time.daysOfWeek.push(day.slice(0, 3));
        times.set(start + end, time);
      }
    const location = physicalAddress && { resourceType: 'Location', id, meta, name: card.organization, address: fhirAddress(physicalAddress, 'physical'), managingOrganization: organization };
    return [
      {
        resourceType: 'Organization',
        id,
        meta,
        type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'dept' }] }],
        name: card.name,
        telecom,
        address: some([card.mailingAddress && fhirAddress(card.mailingAddress, 'postal'), location?.address].filter(Boolean)),
      },
      {
        resourceType: 'HealthcareService',
        id,
        meta,
        providedBy: organization,
        location: location ? [{ reference: `Location/${id}` }] : undefined,
        name: card.name,
        telecom,
        availableTime: some([...times.values()]),
      },
      ...(location ? [location] : []),
    ].map((resource) => ({ resource }));
  });
  return { success: true, edition: edition.id, bundle: json({ resourceType: 'Bundle', id: `duke-directory-${edition.id}`, type: 'collection', entry }) };
}
