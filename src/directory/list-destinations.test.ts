import { describe, expect, it } from 'vitest';
import { DIRECTORY_EDITIONS } from './editions';
import { listDestinations } from './list-destinations';

const [, NEW] = DIRECTORY_EDITIONS;

describe('listDestinations', () => {
  it('lists the departments of the edition in force', () => {
    const seed = listDestinations({ asOf: '2024-01-01' });
    expect(seed.success && seed.destinations.map((d) => d.id)).toEqual(['duke-document-management', 'lake-norman-medical-records']);
    const now = listDestinations();
    expect(now.success && now.destinations).toBe(NEW?.destinations);
    expect(listDestinations({ asOf: 'x' }).success).toBe(false);
  });
});
