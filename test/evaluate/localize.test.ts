import { describe, expect, it } from 'vitest';
import { contactFor } from '../../src/evaluate/contact';
import { listText, messageParam, toFinding } from '../../src/evaluate/localize';

describe('listText', () => {
  it('joins 0, 1, 2 and more words', () => {
    expect(listText([], 'and')).toBe('');
    expect(listText(['a'], 'and')).toBe('a');
    expect(listText(['a', 'b'], 'y')).toBe('a y b');
    expect(listText(['a', 'b', 'c', 'd'], 'and')).toBe('a, b, c and d');
  });
});

describe('toFinding', () => {
  const en = contactFor(null, 'en', null);
  const es = contactFor(null, 'es', null);

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
});

describe('messageParam', () => {
  const contact = contactFor(null, 'en', null);
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
