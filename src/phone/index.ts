export { formatUsPhoneNumber } from './format-us-phone-number';
export { isDirectoryNumber } from './is-directory-number';
export { matchDirectoryNumber } from './match-directory-number';
export { parseUsPhoneNumber } from './parse-us-phone-number';
export { toE164 } from './to-e164';
export { toTelUri } from './to-tel-uri';
export type {
  DirectoryNumberField,
  DirectoryNumberLookup,
  DirectoryNumberMatch,
  InvalidPhoneNumber,
  PhoneInvalidReason,
  PhoneNumberResult,
  ValidPhoneNumber,
} from './types';
