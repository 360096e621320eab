import type { CalendarDate, EditionId, SourceRef } from '../core/types';
import type { WeeklySchedule } from '../hours/types';

/**
 * The departments the directory knows.
 * - `duke-document-management`: receives records sent to Duke;
 * - `lake-norman-medical-records`: Duke Health Lake Norman Hospital's
 *   Medical Records Department (takes requests in the seed edition);
 * - `duke-release-of-information`: Duke's central Release of Information
 *   office (takes completed Lake Norman forms from 2025-10-18).
 *
 * @category Directory
 * @example
 * ```ts
 * import type { DestinationId } from 'duke-records-rules';
 * const id: DestinationId = 'lake-norman-medical-records';
 * ```
 */
export type DestinationId = 'duke-document-management' | 'lake-norman-medical-records' | 'duke-release-of-information';

/**
 * A US phone or fax number: E.164 for machines, the display form for people.
 *
 * @category Directory
 * @example
 * ```ts
 * import type { PhoneNumber } from 'duke-records-rules';
 * const fax: PhoneNumber = { e164: '+17046604038', display: '(704) 660-4038' };
 * ```
 */
export interface PhoneNumber {
  readonly e164: string;
  readonly display: string;
}

/**
 * A USPS two-letter state code: the 50 states, the District of Columbia,
 * the territories (AS, GU, MP, PR, VI, UM), the freely associated states
 * (FM, MH, PW) and the military "states" (AA, AE, AP).
 *
 * @category Directory
 * @example
 * ```ts
 * import type { UspsStateCode } from 'duke-records-rules';
 * const nc: UspsStateCode = 'NC';
 * ```
 */
export type UspsStateCode =
  | 'AL' | 'AK' | 'AZ' | 'AR' | 'CA' | 'CO' | 'CT' | 'DE' | 'FL' | 'GA' | 'HI' | 'ID' | 'IL' | 'IN' | 'IA' | 'KS' | 'KY'
  | 'LA' | 'ME' | 'MD' | 'MA' | 'MI' | 'MN' | 'MS' | 'MO' | 'MT' | 'NE' | 'NV' | 'NH' | 'NJ' | 'NM' | 'NY' | 'NC' | 'ND'
  | 'OH' | 'OK' | 'OR' | 'PA' | 'RI' | 'SC' | 'SD' | 'TN' | 'TX' | 'UT' | 'VT' | 'VA' | 'WA' | 'WV' | 'WI' | 'WY'
  | 'DC' | 'AS' | 'GU' | 'MP' | 'PR' | 'VI' | 'UM' | 'FM' | 'MH' | 'PW' | 'AA' | 'AE' | 'AP';

/**
 * The parts of a US postal address, as the source prints them: who it is
 * addressed to, where it is delivered (street lines or a box, never both)
 * and the city line. A part the source does not print is `null` (or, for
 * the street, empty): nothing is invented (no ZIP+4, suite or attention
 * line that the page does not give). The display lines are the parts
 * written out.
 *
 * @category Directory
 * @example
 * ```ts
 * import type { PostalAddressParts } from 'duke-records-rules';
 * const a: PostalAddressParts = {
 *   attention: null,
 *   recipient: null,
 *   organization: null,
 *   street: ['171 Fairview Road'],
 *   poBox: null,
 *   city: 'Mooresville',
 *   state: 'NC',
 *   zip: '28117',
 *   country: 'US',
 * };
 * ```
 */
export type PostalAddressParts = {
  /**
   * The person or department the mail is for, from an "Attn:" line of the
   * source (without the "Attn: " prefix); `null` where the source prints
   * no attention line.
   */
  readonly attention: string | null;
  /**
   * The department the address names on a line of its own (not as
   * "Attn:"), such as "Document Management"; `null` where it names none.
   */
  readonly recipient: string | null;
  /** The organization line, such as "Duke University Health System"; `null` where none is printed. */
  readonly organization: string | null;
  /** The city, as printed. */
  readonly city: string;
  /** The state, as its USPS two-letter code. */
  readonly state: UspsStateCode;
  /**
   * The ZIP Code: 5 digits, or ZIP+4 (`12345-6789`) only where the source
   * prints the 4 extra digits.
   */
  readonly zip: string;
  /**
   * The country, ISO 3166-1 alpha-2: always `'US'` (every address has a
   * USPS state and ZIP Code). The pages do not print it, so it is not a
   * display line.
   */
  readonly country: 'US';
} & (
  | {
      /** The street lines: number and street, then any unit the source prints. */
      readonly street: readonly [string, ...string[]];
      /** `null`: a street address has no box. */
      readonly poBox: null;
    }
  | {
      /** Empty: a box address has no street line. */
      readonly street: readonly [];
      /**
       * The box line exactly as printed ("P.O. Box 3250"; Release of
       * Information prints "Box 3016", without "P.O.").
       */
      readonly poBox: string;
    }
);

/**
 * A published postal address: its parts ({@link PostalAddressParts}), the
 * display `lines` (exactly the parts written out: the recipient lines, then the street or box line, then
 * `City, ST 12345`, with the spacing and commas of the city line made
 * uniform; no country line), and what the source leaves ambiguous about a
 * part, with the reading taken.
 *
 * @category Directory
 * @example
 * ```ts
 * import { getDestination } from 'duke-records-rules';
 * const r = getDestination('lake-norman-medical-records', { asOf: '2025-01-01' });
 * if (r.success) {
 *   const a = r.destination?.mailingAddress;
 *   a?.poBox; // 'P.O. Box 3250'
 *   a?.attention; // 'Medical Records Department'
 *   a?.lines; // ['Attn: Medical Records Department', 'Duke Health Lake Norman Hospital', 'P.O. Box 3250', 'Mooresville, NC 28117']
 * }
 * ```
 */
export type PostalAddress = PostalAddressParts & {
  /** The address as displayed, one line per entry. */
  readonly lines: readonly string[];
  /**
   * What the source leaves open about a part of the address, and the
   * reading the library takes (one that cannot misroute records); absent
   * where nothing is ambiguous.
   */
  readonly ambiguity?: { readonly note: string; readonly reading: string };
};

/**
 * A published request form.
 *
 * @category Directory
 * @example
 * ```ts
 * import { getDestination } from 'duke-records-rules';
 * const r = getDestination('lake-norman-medical-records', { asOf: '2025-01-01' });
 * if (r.success) r.destination?.forms[0]?.sizeKb; // 101
 * ```
 */
export interface RequestForm {
  readonly title: string;
  readonly language: 'en' | 'es';
  readonly format: 'PDF';
  /** Size as the page prints it, in kilobytes. */
  readonly sizeKb: number;
}

/**
 * A patient portal named by the source, and what it is said to hold.
 *
 * @category Directory
 * @example
 * ```ts
 * import { getDestination } from 'duke-records-rules';
 * const r = getDestination('lake-norman-medical-records');
 * if (r.success) r.destination?.portals.map((p) => p.id);
 * // ['my-duke-health', 'myhealthhome', 'athenahealth']
 * ```
 */
export interface Portal {
  readonly id: 'patient-portal' | 'my-duke-health' | 'myhealthhome' | 'athenahealth';
  readonly name: string;
  /** What the source says the portal holds, in English. */
  readonly holds: string;
  /**
   * Records that stay available for a while only: from `from`, for at least
   * `minMonths` and at most `maxMonths` (the source gives a range).
   */
  readonly availability: { readonly from: CalendarDate; readonly minMonths: number; readonly maxMonths: number } | null;
}

/**
 * A contact field that can be missing from the source.
 *
 * @category Directory
 * @example
 * ```ts
 * import type { ContactField } from 'duke-records-rules';
 * const f: ContactField = 'email';
 * ```
 */
export type ContactField = 'phone' | 'fax' | 'email' | 'mailingAddress' | 'physicalAddress' | 'hours';

/**
 * A department of the directory, as one edition of the source gives it.
 * Every `null` contact field has its reason in `notPublished`.
 *
 * @category Directory
 * @example
 * ```ts
 * import { getDestination } from 'duke-records-rules';
 * const r = getDestination('duke-document-management');
 * if (r.success) {
 *   r.destination?.fax?.display; // '(919) 620-5165'
 *   r.destination?.email; // null
 *   r.destination?.notPublished.email; // why
 * }
 * ```
 */
export interface Destination {
  readonly id: DestinationId;
  readonly name: string;
  readonly organization: string;
  /** The edition of the source this entry was read from. */
  readonly edition: EditionId;
  readonly source: SourceRef;
  /** The phone line for questions (customer service). */
  readonly phone: PhoneNumber | null;
  readonly fax: PhoneNumber | null;
  readonly email: string | null;
  readonly mailingAddress: PostalAddress | null;
  readonly physicalAddress: PostalAddress | null;
  /** Customer-service hours, when published. */
  readonly hours: WeeklySchedule | null;
  /** Why a contact field is `null`: the source does not publish it. */
  readonly notPublished: Readonly<Partial<Record<ContactField, string>>>;
  /** What the department takes. */
  readonly handles: readonly ('records-to-duke' | 'records-requests' | 'completed-request-forms')[];
  readonly forms: readonly RequestForm[];
  readonly portals: readonly Portal[];
  /** Whether the page offers (and recommends) an online request. */
  readonly onlineRequest: { readonly recommended: boolean } | null;
}

/**
 * The parts of a destination that say who it is and how to reach it: the
 * facts a machine-readable directory (FHIR) carries, without the prose of
 * the entry (reasons, portals, forms). Each destination file writes its
 * card once and spreads it into the full entry.
 *
 * @internal
 * @example
 * ```ts
 * const card: DestinationCard = DOCUMENT_MANAGEMENT_CARD;
 * ```
 */
export type DestinationCard = Pick<
  Destination,
  'id' | 'name' | 'organization' | 'source' | 'phone' | 'fax' | 'email' | 'mailingAddress' | 'physicalAddress' | 'hours'
>;

/**
 * A dated edition of the directory: every destination in force from
 * `effectiveFrom` (a date in America/New_York) until the next edition.
 *
 * @category Directory
 * @example
 * ```ts
 * import { DIRECTORY_EDITIONS } from 'duke-records-rules';
 * DIRECTORY_EDITIONS.map((e) => e.effectiveFrom); // [null, '2025-10-18']
 * ```
 */
export interface DirectoryEdition {
  readonly id: EditionId;
  /** First day in force; `null` for the seed, which has no published date. */
  readonly effectiveFrom: CalendarDate | null;
  readonly summary: string;
  readonly destinations: readonly Destination[];
}
