import { describe, expect, it } from 'vitest';
import { DIRECTORY_EDITIONS } from '../directory/editions';
import { DIRECTORY_NUMBERS } from './directory-numbers';

describe('DIRECTORY_NUMBERS', () => {
  it("is every phone and fax number of the directory's editions, in their order", () => {
    const fromDirectory = DIRECTORY_EDITIONS.flatMap((edition) =>
      edition.destinations.flatMap((destination) =>
        (['phone', 'fax'] as const).flatMap((field) => {
          const number = destination[field];
          return number === null ? [] : [{ edition: edition.id, destination: destination.id, field, e164: number.e164 }];
        }),
      ),
    );
    expect(DIRECTORY_NUMBERS).toEqual(fromDirectory);
  });
});
