import type * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { authorizationSchema } from '../../hipaa';
import { AUTHORIZATION_EXTENSION_FIELDS, AUTHORIZATION_EXTENSION_LISTS } from './consent-map';

/** The fields with an element of their own in a Consent (see authorizationToFhirConsent). */
const NATIVE = ['information', 'disclosedBy', 'disclosedTo', 'expiration.date', 'signature.signedOn'];

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; options?: z.ZodType[]; element?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every leaf of a zod schema, as a dotted path, with the kind of its value. */
function leaves(schema: z.ZodType, path = ''): [string, string][] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return leaves(def.innerType as z.ZodType, path);
    case 'pipe':
      return leaves(def.in as z.ZodType, path);
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
    case 'union':
      return [...new Map((def.options ?? []).flatMap((o) => leaves(o, path))).entries()];
    case 'array':
      return leaves(def.element as z.ZodType, path).map(([p, kind]) => [p, `${kind}[]`]);
    default:
      return [[path, def.type]];
  }
}

describe('the Consent mapping of the authorization fields', () => {
  const fields = new Map(leaves(authorizationSchema));

  it('carries every field of authorizationSchema: in an element of its own, or in the extension', () => {
    expect([...fields.keys()].sort()).toEqual([...NATIVE, ...Object.keys(AUTHORIZATION_EXTENSION_FIELDS)].sort());
  });

  it('gives each field of the extension the FHIR type of its value, and lists for lists', () => {
    const kinds: Record<string, string> = { boolean: 'Boolean', enum: 'Code', literal: 'Code', string: 'String' };
    for (const [field, type] of Object.entries(AUTHORIZATION_EXTENSION_FIELDS)) {
      const kind = fields.get(field) ?? '';
      expect([field, type === 'Date' ? 'String' : type]).toEqual([field, kinds[kind.replace('[]', '')]]);
      expect([field, AUTHORIZATION_EXTENSION_LISTS.includes(field)]).toEqual([field, kind.endsWith('[]')]);
    }
  });
});
