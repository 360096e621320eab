import { describe, expect, it } from 'vitest';
import { es } from '../locales/es';
import { formatMessage } from './format-message';
import { MESSAGES } from './messages';

describe('formatMessage for untyped callers', () => {
  it('gives an empty string, never a throw, for an id the catalog does not have', () => {
    for (const id of ['no.such-rule', '__proto__', 'toString', 42, null, undefined, {}]) {
      expect(formatMessage(id as never)).toBe('');
      expect(formatMessage(id as never, es)).toBe('');
    }
  });

  it('leaves the placeholders as written when the params cannot be read', () => {
    const template = MESSAGES['originals.never'];
    expect(template).toContain('{item}');
    const throwing = {
      get item(): string {
        throw new Error('boom');
      },
    };
    const unprintable = {
      item: {
        toString(): string {
          throw new Error('boom');
        },
      },
    };
    for (const params of [null, throwing, unprintable]) {
      expect(formatMessage('originals.never', undefined, params as never)).toBe(template);
    }
    expect(formatMessage('originals.never', undefined, { item: 3 })).toBe(template.replace('{item}', '3'));
  });
});
