import { describe, expect, it } from 'vitest';
import { parseInput } from '../../core/parse-input';
import { mediaItemSchema, mediumSchema, paperItemSchema, radiologySchema, recordItemSchema } from './record-item';

const codes = (input: unknown) => {
  const r = parseInput(recordItemSchema, input);
  return r.success ? [] : r.issues.map((i) => `${i.path.join('.')}:${i.code}`);
};

describe('record item schemas', () => {
  it('lists the radiology kinds and media the page names', () => {
    expect(radiologySchema.options).toEqual(['ct', 'mri', 'x-ray', 'other']);
    expect(mediumSchema.options).toEqual(['cd', 'dvd', 'usb-drive', 'external-hard-drive', 'other']);
  });

  it('fills the defaults of paper documents', () => {
    expect(paperItemSchema.parse({ kind: 'paper', pages: 2, password: 'secret' })).toEqual({
      kind: 'paper',
      pages: 2,
      original: false,
      radiology: [],
      label: { name: false, dateOfBirth: false, recordNumber: false, everyPage: false },
    });
  });

  it('fills the defaults of media', () => {
    expect(mediaItemSchema.parse({ kind: 'media', medium: 'dvd' })).toEqual({
      kind: 'media',
      medium: 'dvd',
      original: false,
      radiology: [],
      passwordProtected: false,
      passwordEnclosed: false,
      label: { name: false, dateOfBirth: false, recordNumber: false },
    });
  });

  it('bounds the page count', () => {
    expect(codes({ kind: 'paper', pages: 1 })).toEqual([]);
    expect(codes({ kind: 'paper', pages: 100_000 })).toEqual([]);
    expect(codes({ kind: 'paper', pages: 0 })).toEqual(['pages:too_small']);
    expect(codes({ kind: 'paper', pages: 100_001 })).toEqual(['pages:too_big']);
    expect(codes({ kind: 'paper', pages: 1.5 })).toEqual(['pages:invalid_type']);
    expect(codes({ kind: 'paper' })).toEqual(['pages:missing']);
  });

  it('bounds the radiology list', () => {
    expect(codes({ kind: 'paper', pages: 1, radiology: ['ct', 'mri', 'x-ray', 'other'] })).toEqual([]);
    expect(codes({ kind: 'paper', pages: 1, radiology: ['ct', 'ct', 'ct', 'ct', 'ct'] })).toEqual(['radiology:too_big']);
    expect(codes({ kind: 'media', medium: 'cd', radiology: ['pet'] })).toEqual(['radiology.0:invalid_value']);
  });

  it('refuses an enclosed password on media not marked protected', () => {
    expect(codes({ kind: 'media', medium: 'cd', passwordEnclosed: true })).toEqual(['passwordEnclosed:invalid_value']);
    expect(codes({ kind: 'media', medium: 'cd', passwordProtected: true, passwordEnclosed: true })).toEqual([]);
    expect(codes({ kind: 'media', medium: 'cd', passwordProtected: true })).toEqual([]);
  });

  it('tells the kinds apart and refuses others', () => {
    expect(recordItemSchema.parse({ kind: 'media', medium: 'usb-drive' }).kind).toBe('media');
    expect(codes({ kind: 'film' })).toEqual(['kind:invalid_value']);
    expect(codes({ kind: 'media', medium: 'floppy' })).toEqual(['medium:invalid_value']);
  });
});
