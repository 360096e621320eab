import { describe, expect, it } from 'vitest';
import { es } from '../../locales/es';
import { FAX_LINE_IDS, faxLineAccepts, REQUEST_LINES, type FaxLineId } from './fax-line';

const SEED = { asOf: '2025-06-01' } as const;
const NEW = { asOf: '2025-10-18' } as const;
const LN_FAX = { e164: '+17046604038', display: '(704) 660-4038' };
const DUKE_FAX = { e164: '+19196205165', display: '(919) 620-5165' };
const LN_MAIL = {
  channel: 'mail',
  destinationId: 'lake-norman-medical-records',
  mailingAddress: {
    lines: ['Attn: Medical Records Department', 'Duke Health Lake Norman Hospital', 'P.O. Box 3250', 'Mooresville, NC 28117'],
    attention: 'Medical Records Department',
    recipient: null,
    organization: 'Duke Health Lake Norman Hospital',
    street: [],
    poBox: 'P.O. Box 3250',
    city: 'Mooresville',
    state: 'NC',
    zip: '28117',
    country: 'US',
  },
};
const LN_FAX_DELIVERY = { channel: 'fax', lineId: 'lake-norman-fax', destinationId: 'lake-norman-medical-records', fax: LN_FAX };
const ROI_FAX_DELIVERY = { channel: 'fax', lineId: 'release-of-information-fax', destinationId: 'duke-release-of-information', fax: DUKE_FAX };
const care = { purpose: 'patient-care', requester: 'provider' } as const;
const other = { purpose: 'other', requester: 'attorney' } as const;

describe('faxLineAccepts: seed edition', () => {
  it('the Lake Norman fax takes patient-care requests', () => {
    expect(faxLineAccepts({ lineId: 'lake-norman-fax', request: care }, SEED)).toEqual({
      success: true,
      edition: 'seed',
      lineId: 'lake-norman-fax',
      fax: LN_FAX,
      accepted: true,
      alternative: null,
      ruleIds: ['ln.fax-patient-care-only'],
    });
  });

  it('every other request must be mailed to Lake Norman', () => {
    expect(faxLineAccepts({ lineId: 'lake-norman-fax', request: other }, SEED)).toEqual({
      success: true,
      edition: 'seed',
      lineId: 'lake-norman-fax',
      fax: LN_FAX,
      accepted: false,
      alternative: LN_MAIL,
      ruleIds: ['ln.fax-patient-care-only', 'ln.mail-all-others'],
    });
    for (const requester of ['patient', 'insurance-company', 'other-third-party', undefined]) {
      const r = faxLineAccepts({ lineId: 'lake-norman-fax', request: { purpose: 'other', requester } }, SEED);
      expect(r.success && r.accepted).toBe(false);
    }
  });

  it('the Document Management fax takes records sent to Duke, not requests', () => {
    expect(faxLineAccepts({ lineId: 'document-management-fax', request: care }, SEED)).toEqual({
      success: true,
      edition: 'seed',
      lineId: 'document-management-fax',
      fax: DUKE_FAX,
      accepted: false,
      alternative: LN_FAX_DELIVERY,
      ruleIds: ['ln.dm-fax-not-for-requests'],
    });
    const r = faxLineAccepts({ lineId: 'document-management-fax', request: other }, SEED);
    expect(r.success && r.alternative).toEqual(LN_MAIL);
  });

  it('the Release of Information fax is not in the seed edition', () => {
    expect(faxLineAccepts({ lineId: 'release-of-information-fax', request: care }, SEED)).toEqual({
      success: true,
      edition: 'seed',
      lineId: 'release-of-information-fax',
      fax: null,
      accepted: false,
      alternative: LN_FAX_DELIVERY,
      ruleIds: ['ln.fax-not-published'],
    });
    const r = faxLineAccepts({ lineId: 'release-of-information-fax', request: other }, SEED);
    expect(r.success && r.alternative).toEqual(LN_MAIL);
  });
});

describe('faxLineAccepts: 2025-10-18 edition', () => {
  it('the Lake Norman fax is not published; the alternative is Release of Information', () => {
    for (const request of [care, other]) {
      expect(faxLineAccepts({ lineId: 'lake-norman-fax', request: request }, NEW)).toEqual({
        success: true,
        edition: '2025-10-18',
        lineId: 'lake-norman-fax',
        fax: null,
        accepted: false,
        alternative: ROI_FAX_DELIVERY,
        ruleIds: ['ln.fax-not-published'],
      });
    }
  });

  it('Release of Information takes completed forms whatever the purpose', () => {
    for (const request of [care, other, { purpose: 'other' }]) {
      expect(faxLineAccepts({ lineId: 'release-of-information-fax', request: request }, NEW)).toEqual({
        success: true,
        edition: '2025-10-18',
        lineId: 'release-of-information-fax',
        fax: DUKE_FAX,
        accepted: true,
        alternative: null,
        ruleIds: ['ln.roi-forms'],
      });
    }
  });

  it('the Document Management line still refuses requests, though it shares the number', () => {
    const r = faxLineAccepts({ lineId: 'document-management-fax', request: other }, NEW);
    expect(r).toEqual({
      success: true,
      edition: '2025-10-18',
      lineId: 'document-management-fax',
      fax: DUKE_FAX,
      accepted: false,
      alternative: ROI_FAX_DELIVERY,
      ruleIds: ['ln.dm-fax-not-for-requests'],
    });
  });

  it('is the default (newest) edition', () => {
    expect(faxLineAccepts({ lineId: 'lake-norman-fax', request: care })).toEqual(faxLineAccepts({ lineId: 'lake-norman-fax', request: care }, NEW));
    expect(faxLineAccepts({ lineId: 'lake-norman-fax', request: care }, {})).toEqual(faxLineAccepts({ lineId: 'lake-norman-fax', request: care }, NEW));
  });
});

describe('faxLineAccepts: edition boundary at midnight America/New_York', () => {
  const editionAt = (asOf: string | number | Date): unknown => {
    const r = faxLineAccepts({ lineId: 'lake-norman-fax', request: care }, { asOf });
    return r.success ? [r.edition, r.accepted] : r.issues;
  };
  it('switches at 2025-10-18 00:00 EDT (04:00 UTC)', () => {
    expect(editionAt('2025-10-17')).toEqual(['seed', true]);
    expect(editionAt('2025-10-18')).toEqual(['2025-10-18', false]);
    expect(editionAt('2025-10-18T03:59:59.999Z')).toEqual(['seed', true]);
    expect(editionAt('2025-10-18T04:00:00Z')).toEqual(['2025-10-18', false]);
    expect(editionAt('2025-10-17T23:59:59-04:00')).toEqual(['seed', true]);
    expect(editionAt(Date.UTC(2025, 9, 18, 4))).toEqual(['2025-10-18', false]);
    expect(editionAt(new Date(Date.UTC(2025, 9, 18, 3, 59)))).toEqual(['seed', true]);
  });
});

describe('faxLineAccepts: bad input', () => {
  it('rejects an unknown line and a bad request together, with paths and no echo', () => {
    const r = faxLineAccepts({ lineId: 'Jane Doe fax' as FaxLineId, request: { purpose: 'Jane Doe' } });
    expect(r).toEqual({
      success: false,
      issues: [
        { path: ['lineId'], code: 'unknown_id', message: 'No item has this id (check its spelling).' },
        {
          path: ['request', 'purpose'],
          code: 'invalid_value',
          message: 'This value must be one of: patient-care, other.',
          allowed: ['patient-care', 'other'],
        },
      ],
    });
  });

  it('rejects an unknown line alone, in Spanish; a misspelt id is unknown_id, a non-string invalid_type', () => {
    expect(faxLineAccepts({ lineId: 'x' as FaxLineId, request: care }, { locale: es })).toEqual({
      success: false,
      issues: [{ path: ['lineId'], code: 'unknown_id', message: 'Ningún elemento tiene este identificador (revise la ortografía).' }],
    });
    expect(faxLineAccepts({ lineId: 'lake-norman-fx' as FaxLineId, request: care })).toMatchObject({ success: false, issues: [{ path: ['lineId'], code: 'unknown_id' }] });
    for (const bad of [null, 7, {}, ['lake-norman-fax']])
      expect(faxLineAccepts({ lineId: bad as unknown as FaxLineId, request: care })).toMatchObject({ success: false, issues: [{ path: ['lineId'], code: 'invalid_type' }] });
    expect(faxLineAccepts({ request: care })).toMatchObject({ success: false, issues: [{ path: ['lineId'], code: 'missing' }] });
  });

  it('takes one input object: anything else is an issue at the root, never a throw or an echo', () => {
    expect(faxLineAccepts(undefined)).toMatchObject({ success: false, issues: [{ path: [], code: 'missing' }] });
    for (const bad of [null, 'lake-norman-fax', 7, ['lake-norman-fax']]) {
      expect(faxLineAccepts(bad)).toMatchObject({ success: false, issues: [{ path: [], code: 'invalid_type' }] });
    }
    const trap = new Proxy({}, { get: () => { throw new Error('Jane Doe'); } });
    const r = faxLineAccepts(trap, { locale: es });
    expect(r).toMatchObject({ success: false, issues: [{ path: [], code: 'unreadable_input' }] });
    expect(JSON.stringify(r)).not.toContain('Jane');
    expect(faxLineAccepts({ lineId: 'lake-norman-fax', request: care }, { asOf: 'yesterday' })).toMatchObject({ success: false, issues: [{ path: ['options', 'asOf'] }] });
  });

  it('rejects a patient-care purpose stated by an insurer or an attorney', () => {
    for (const requester of ['insurance-company', 'attorney', 'other-third-party']) {
      const r = faxLineAccepts({ lineId: 'lake-norman-fax', request: { purpose: 'patient-care', requester } }, SEED);
      expect(r.success === false && r.issues.map((i) => [i.path, i.code])).toEqual([[['request', 'purpose'], 'invalid_value']]);
    }
  });

  it('rejects bad options before anything else', () => {
    expect(faxLineAccepts({ lineId: 'x' as FaxLineId, request: null }, { asOf: 'tomorrow' })).toEqual({
      success: false,
      issues: [{ path: ['options', 'asOf'], code: 'invalid_as_of', message: 'The as-of option is not a valid date or instant.' }],
    });
    for (const locale of ['fr', 'es']) {
      const r = faxLineAccepts({ lineId: 'lake-norman-fax', request: care }, { locale } as never);
      expect(r.success === false && r.issues.map((i) => [i.path, i.code])).toEqual([[['options', 'locale'], 'invalid_value']]);
    }
  });

  it('accepts a whole records request', () => {
    const request = {
      requester: 'provider',
      recipient: 'third-party',
      purpose: 'patient-care',
      patient: { situation: 'minor', dateOfBirth: '2015-01-01' },
      signer: { role: 'custodial-parent' },
    };
    const r = faxLineAccepts({ lineId: 'lake-norman-fax', request: request }, SEED);
    expect(r.success && r.accepted).toBe(true);
    expect(JSON.stringify(r)).not.toContain('2015');
  });
});

describe('FAX_LINE_IDS', () => {
  it('models the lines by purpose, and offers the request lines in order', () => {
    expect(FAX_LINE_IDS).toEqual(['lake-norman-fax', 'document-management-fax', 'release-of-information-fax']);
    expect(REQUEST_LINES).toEqual(['lake-norman-fax', 'release-of-information-fax']);
  });
});
