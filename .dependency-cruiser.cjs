// @ts-check
/**
 * Dependency rules for src/. Run with `npm run test:deps`.
 *
 * Layers:
 *   src/core/                              shared kernel: imports only core and npm packages
 *   src/directory|hours|phone|tracking/    utilities: never import the domains, catalog or locales
 *   src/to-duke|lake-norman|hipaa/         domains: reach another domain only through its
 *                                          barrel src/<domain>/index.ts; never catalog or locales
 *   src/fhir/                              the FHIR adapter: held like a domain (other domains
 *                                          through their barrels only, never catalog or locales),
 *                                          and nothing but the gatherers imports it
 *   src/catalog/, src/locales/             gatherers: may import any domain file
 *   src/standard-schema/                   adapters: the domains through their barrels, and core
 *
 * Test files (*.test.ts and anything under test-support/) are exempt from the
 * boundary rules, but not from no-circular. Type-only imports count everywhere
 * (tsPreCompilationDeps: true).
 */

/** Importers the boundary rules do not apply to. */
const TESTS = '(\\.test\\.ts$|/test-support/)';
const DOMAINS = '(to-duke|lake-norman|hipaa|fhir)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only imports included (test files included).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-domain-free',
      severity: 'error',
      comment:
        'src/core/ imports only src/core/ and npm packages: no domain, catalog, locales, directory, hours, phone or tracking file (nor src/index.ts).',
      from: { path: '^src/core/', pathNot: TESTS },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'domain-only-through-barrel',
      severity: 'error',
      comment:
        'A domain may import another domain only through its public barrel src/<domain>/index.ts, never a deeper file.',
      from: { path: `^src/${DOMAINS}/`, pathNot: TESTS },
      to: {
        path: `^src/${DOMAINS}/`,
        pathNot: [`^src/$1/`, `^src/${DOMAINS}/index\\.ts$`],
      },
    },
    {
      name: 'nothing-imports-fhir',
      severity: 'error',
      comment:
        'src/fhir/ sits on top: no domain, utility or core file imports it (only src/locales/ gathers its Spanish texts); the domains stay free of FHIR.',
      from: { path: '^src/', pathNot: [TESTS, '^src/fhir/', '^src/locales/'] },
      to: { path: '^src/fhir/' },
    },
    {
      name: 'domain-not-to-catalog-or-locales',
      severity: 'error',
      comment: 'Domains must not import src/catalog/ (docs/tools only), src/locales/ or src/standard-schema/ at all.',
      from: { path: `^src/${DOMAINS}/`, pathNot: TESTS },
      to: { path: '^src/(catalog|locales|standard-schema)/' },
    },
    {
      name: 'standard-schema-through-barrels',
      severity: 'error',
      comment:
        'src/standard-schema/ (the Standard Schema evaluators) reaches a domain only through its barrel, and never the catalog or a locale (locales are values the caller passes).',
      from: { path: '^src/standard-schema/', pathNot: TESTS },
      to: { path: [`^src/${DOMAINS}/`, '^src/(catalog|locales)/'], pathNot: `^src/${DOMAINS}/index\\.ts$` },
    },
    {
      name: 'utilities-not-to-domains',
      severity: 'error',
      comment:
        'src/directory, hours, phone and tracking must not import the domains, src/catalog/ or src/locales/.',
      from: { path: '^src/(directory|hours|phone|tracking)/', pathNot: TESTS },
      to: { path: `^src/(${DOMAINS.slice(1, -1)}|catalog|locales|standard-schema)/` },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import in production source must resolve.',
      from: { path: '^src/', pathNot: TESTS },
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      severity: 'error',
      comment: 'Production source may only import npm packages declared in package.json.',
      from: { path: '^src/', pathNot: TESTS },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.check.json' },
    doNotFollow: { path: 'node_modules' },
    // @medplum/fhirtypes is types only (`"types"`, no code): resolve a package by its types too.
    enhancedResolveOptions: { mainFields: ['module', 'main', 'types'], extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
};
