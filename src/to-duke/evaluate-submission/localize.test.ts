import { describe, expect, it } from 'vitest';
import { contactFor } from './contact';
import { messageParam, toFinding } from './localize';
import { ENGLISH } from '../../core/locale';
import { es as spanish } from '../../locales/es';

describe('toFinding', () => {
  const en = contactFor(null, ENGLISH, null);
  const es = contactFor(null, spanish, null);

  it('fills the placeholders with localized names and keeps the hit severity and path', () => {
    expect(
      toFinding(
        { ruleId: 'label.media-outside', severity: 'warning', path: ['items', 1, 'label'], item: 2, medium: 'external-hard-drive', fields: ['name', 'dateOfBirth'], missing: ['name'] },
        es,
      ),
    ).toEqual({
      ruleId: 'label.media-outside',
      severity: 'warning',
      message:
        'Elemento 2 (disco duro externo): el exterior debe estar claramente marcado con el nombre y la fecha de nacimiento del paciente (puede ser a mano). Falta: el nombre.',
      path: ['items', 1, 'label'],
    });
    expect(toFinding({ ruleId: 'channel.radiology-clinic-upload', severity: 'info' }, en)).toEqual({
      ruleId: 'channel.radiology-clinic-upload',
      severity: 'info',
      message: 'Radiology images (such as CT, MRI and X-rays) must be uploaded at a clinic location; they are not accepted by fax, e-mail or mail.',
    });
    expect(toFinding({ ruleId: 'followup.mail-or-fax', severity: 'warning', channel: 'fax' }, es).message).toContain('enviar por fax, ');
  });

  it('gives a finding without a path no path key at all', () => {
    const f = toFinding({ ruleId: 'channel.radiology-clinic-upload', severity: 'info' }, en);
    expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'message']);
  });

  it("reuses the contact's rendered message for a hit with no item detail, per rule, channel and carrier", () => {
    const contact = { ...en, messages: new Map() };
    const first = toFinding({ ruleId: 'followup.mail-or-fax', severity: 'warning', channel: 'fax' }, contact);
    expect(contact.messages.get('followup.mail-or-fax')?.get('fax')).toBe(first.message);
    // a message already in the memo is used as it is, not rendered again
    contact.messages.get('followup.mail-or-fax')?.set('mail', 'memo');
    expect(toFinding({ ruleId: 'followup.mail-or-fax', severity: 'warning', channel: 'mail' }, contact).message).toBe('memo');
    const seeded = { ...en, messages: new Map([['channel.last-resort', new Map([[undefined, 'seeded']])]]) } as typeof en;
    expect(toFinding({ ruleId: 'channel.last-resort', severity: 'warning' }, seeded).message).toBe('seeded');
    // a hit with an item (or label fields, gaps, a medium) is rendered every time and not memoized
    toFinding({ ruleId: 'originals.never', severity: 'error', item: 1 }, contact);
    toFinding({ ruleId: 'label.paper-each-page', severity: 'error', fields: ['name'] }, contact);
    toFinding({ ruleId: 'label.paper-each-page', severity: 'error', missing: ['name'] }, contact);
    toFinding({ ruleId: 'password.separate', severity: 'error', medium: 'cd' }, contact);
    expect([...contact.messages.keys()]).toEqual(['followup.mail-or-fax']);
    // a carrier hit is memoized by its channel, carrier and detected carrier, so two carriers never share a message
    const usps = toFinding({ ruleId: 'tracking.wrong-carrier', severity: 'warning', carrier: 'usps', detectedCarrier: 'ups' }, contact);
    const fedex = toFinding({ ruleId: 'tracking.wrong-carrier', severity: 'warning', carrier: 'fedex', detectedCarrier: 'ups' }, contact);
    const viaUps = toFinding({ ruleId: 'tracking.wrong-carrier', severity: 'warning', carrier: 'usps', detectedCarrier: 'fedex' }, contact);
    expect(new Set([usps.message, fedex.message, viaUps.message]).size).toBe(3);
    expect([...(contact.messages.get('tracking.wrong-carrier')?.keys() ?? [])]).toEqual([':usps:ups', ':fedex:ups', ':usps:fedex']);
    expect(toFinding({ ruleId: 'tracking.wrong-carrier', severity: 'warning', carrier: 'usps', detectedCarrier: 'ups' }, contact).message).toBe(usps.message);
  });
});

describe('messageParam', () => {
  const contact = contactFor(null, ENGLISH, null);
  it('gives each detail the hit carries, and undefined for what it lacks or an unknown key', () => {
    const hit = {
      ruleId: 'label.media-outside',
      severity: 'warning',
      item: 4,
      medium: 'dvd',
      channel: 'email',
      fields: ['name'],
      missing: ['every-page'],
      carrier: 'usps',
      detectedCarrier: 'fedex',
    } as const;
    expect(['phone', 'item', 'medium', 'channel', 'fields', 'missing', 'carrier', 'detected'].map((k) => messageParam(k, { hit, contact }))).toEqual([
      '(919) 684-6178',
      '4',
      'DVD',
      'e-mail',
      'name',
      'marks on every page',
      'USPS',
      'FedEx',
    ]);
    const bare = { ruleId: 'originals.not-returned', severity: 'info' } as const;
    const keys = ['item', 'medium', 'channel', 'fields', 'missing', 'carrier', 'detected', 'name', 'dateOfBirth'];
    expect(keys.map((k) => messageParam(k, { hit: bare, contact }))).toEqual(keys.map(() => undefined));
  });

  it('leaves a placeholder the hit cannot fill visible in the message', () => {
    expect(toFinding({ ruleId: 'originals.never', severity: 'error', item: 1, path: ['items', 0] }, contact).message).toBe(
      'Item 1 is an original: do not send originals, send copies.',
    );
    expect(toFinding({ ruleId: 'label.paper-each-page', severity: 'warning', item: 2 }, contact).message).toContain('{fields}');
  });
});
