/**
 * A reading of tracking_number_data 2.0.0 (the fixtures beside this file)
 * as the data describes itself: a format's regular expression over the
 * whole number, then its checksum (`mod10` with the even and odd
 * multipliers, `sum_product_with_weightings_and_modulo`) over the
 * `SerialNumber` group against the `CheckDigit` group. Used as an oracle for
 * the formats that have neither `serial_number_format` nor `additional`
 * lookups (FedEx Express 34, FedEx ASTRA 32, UPS, UPS Waybill…).
 */
import { readFileSync } from 'node:fs';

export interface DataChecksum {
  readonly name: string;
  readonly weightings?: readonly number[];
  readonly modulo1?: number;
  readonly modulo2?: number;
  readonly evens_multiplier?: number;
  readonly odds_multiplier?: number;
}

export interface DataFormat {
  readonly name: string;
  readonly regex: string | readonly string[];
  readonly validation: { readonly checksum?: DataChecksum; readonly serial_number_format?: unknown };
  readonly additional?: readonly unknown[];
  readonly test_numbers: { readonly valid: readonly string[]; readonly invalid?: readonly string[] };
}

export interface DataCourier {
  readonly name: string;
  readonly courier_code: string;
  readonly tracking_numbers: readonly DataFormat[];
}

/** One courier file of the fixtures: `fedex`, `ups`, `usps` or `s10`. */
export function readCourier(code: 'fedex' | 'ups' | 'usps' | 's10'): DataCourier {
  return JSON.parse(readFileSync(new URL(`./tracking-number-data/${code}.json`, import.meta.url), 'utf8')) as DataCourier;
}

/** A character's value in the data's checksums: digits as themselves, letters as (char code − 3) mod 10. */
const value = (c: string): number => (/\d/.test(c) ? Number(c) : (c.charCodeAt(0) - 3) % 10);

/** Whether `number` (spaces removed) is a valid number of `format`, by the data's regex and checksum alone. */
export function dataValid(format: DataFormat, number: string): boolean {
  const source = typeof format.regex === 'string' ? format.regex : format.regex.join('');
  const match = new RegExp(`^(?:${source})$`).exec(number.replace(/\s/g, ''));
  if (match === null) return false;
  const serial = [...(match.groups?.SerialNumber ?? '').replace(/\s/g, '')].map(value);
  const check = Number((match.groups?.CheckDigit ?? '').replace(/\s/g, ''));
  const checksum = format.validation.checksum as DataChecksum;
  if (checksum.name === 'sum_product_with_weightings_and_modulo') {
    const sum = serial.reduce((s, d, i) => s + d * ((checksum.weightings as readonly number[])[i] ?? 0), 0);
    return (sum % (checksum.modulo1 as number)) % (checksum.modulo2 as number) === check;
  }
  if (checksum.name === 'mod10') {
    const sum = serial.reduce((s, d, i) => s + d * ((i % 2 === 0 ? checksum.evens_multiplier : checksum.odds_multiplier) ?? 1), 0);
    return (10 - (sum % 10)) % 10 === check;
  }
  throw new Error(`checksum ${checksum.name} is not read by this oracle`);
}
