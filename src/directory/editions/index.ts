import { deepFreeze } from '../../core/deep-freeze';
import type { DirectoryEdition } from '../types';
import { EDITION_2025_10_18 } from './2025-10-18';
import { SEED_EDITION } from './seed';

/**
 * Every edition of the directory, oldest first, deeply frozen. The seed
 * edition is the pages as first copied; the `2025-10-18` edition is the
 * Lake Norman page from the day its visits moved into My Duke Health (the
 * Document Management page has no newer edition, so its seed entry stays in
 * force).
 *
 * @category Directory
 * @example
 * ```ts
 * import { DIRECTORY_EDITIONS } from 'duke-records-rules';
 * DIRECTORY_EDITIONS.at(-1)?.id; // '2025-10-18'
 * ```
 */
export const DIRECTORY_EDITIONS: readonly DirectoryEdition[] = /* @__PURE__ */ (() =>
  deepFreeze([SEED_EDITION, EDITION_2025_10_18] satisfies DirectoryEdition[]))();
