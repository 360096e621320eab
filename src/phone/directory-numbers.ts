import type { DirectoryNumberMatch } from './types';

/**
 * Every phone and fax number of every directory edition, oldest edition
 * first, in E.164 form: a copy of the directory's numbers (a test holds it
 * equal to them), so that `/phone` carries seven numbers rather than the
 * directory's texts.
 *
 * @internal
 * @example
 * ```ts
 * DIRECTORY_NUMBERS.filter((n) => n.e164 === '+19196205165').length; // 3
 * ```
 */
export const DIRECTORY_NUMBERS: readonly (DirectoryNumberMatch & { readonly e164: string })[] = [
  { edition: 'seed', destination: 'duke-document-management', field: 'phone', e164: '+19196846178' },
  { edition: 'seed', destination: 'duke-document-management', field: 'fax', e164: '+19196205165' },
  { edition: 'seed', destination: 'lake-norman-medical-records', field: 'phone', e164: '+17046604035' },
  { edition: 'seed', destination: 'lake-norman-medical-records', field: 'fax', e164: '+17046604038' },
  { edition: '2025-10-18', destination: 'duke-document-management', field: 'phone', e164: '+19196846178' },
  { edition: '2025-10-18', destination: 'duke-document-management', field: 'fax', e164: '+19196205165' },
  { edition: '2025-10-18', destination: 'duke-release-of-information', field: 'fax', e164: '+19196205165' },
];
