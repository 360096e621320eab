import { describe, expect, it } from 'vitest';
import { labelSchema, paperLabelSchema } from './label';

describe('labelSchema', () => {
  it('defaults every mark to false and keeps the method', () => {
    expect(labelSchema.parse({})).toEqual({ name: false, dateOfBirth: false, recordNumber: false });
    expect(labelSchema.parse({ name: true, recordNumber: true, method: 'printed', everyPage: true })).toEqual({
      name: true,
      dateOfBirth: false,
      recordNumber: true,
      method: 'printed',
    });
    expect(labelSchema.safeParse({ method: 'engraved' }).success).toBe(false);
    expect(labelSchema.safeParse({ name: 'Jane Doe' }).success).toBe(false);
  });
});

describe('paperLabelSchema', () => {
  it('adds everyPage, false by default', () => {
    expect(paperLabelSchema.parse({ dateOfBirth: true })).toEqual({ name: false, dateOfBirth: true, recordNumber: false, everyPage: false });
    expect(paperLabelSchema.parse({ everyPage: true, method: 'handwritten' })).toEqual({
      name: false,
      dateOfBirth: false,
      recordNumber: false,
      everyPage: true,
      method: 'handwritten',
    });
  });
});
