/**
 * Prints the Duke directory as a FHIR R4 Bundle (Organization,
 * HealthcareService and Location resources), with the BUILT package
 * (`duke-records-rules` resolves to dist/ through the package's own
 * `exports`): the JSON a FHIR server or an EHR directory can load, then a
 * one-line summary per resource.
 *
 *   npx tsup && npx tsx examples/fhir-directory.ts               # the newest edition
 *   npx tsx examples/fhir-directory.ts 2025-01-01                # the edition in force on a date
 */
import type { HealthcareService, Organization, Resource } from '@medplum/fhirtypes';
import { directoryToFhir } from 'duke-records-rules/fhir';

const asOf = process.argv[2];
const result = directoryToFhir(asOf === undefined ? undefined : { asOf });
if (!result.success) {
  console.error(result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(1);
}

console.log(JSON.stringify(result.bundle, null, 2));
console.log(`\n${result.bundle.entry?.length ?? 0} resources, directory edition ${result.edition}:`);
for (const resource of (result.bundle.entry ?? []).map((e) => e.resource as Resource)) {
  const telecom = (resource as Organization).telecom?.map((t) => `${t.system} ${t.value}`).join(', ');
  const times = (resource as HealthcareService).availableTime?.map((t) => `${t.daysOfWeek?.join(' ')} ${t.availableStartTime}-${t.availableEndTime}`).join('; ');
  console.log(`- ${resource.resourceType}/${resource.id}${telecom ? `: ${telecom}` : ''}${times ? `; open ${times}` : ''}`);
}
