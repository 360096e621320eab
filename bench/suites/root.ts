import type { Suite } from '../harness';

/** Size of the root entry (everything of the three domains and the directory, English) and of each domain's subpath, against their budgets. */
export const sizes: Suite['sizes'] = [
  { name: 'root entry (everything, English)', code: "export * from 'duke-records-rules';", limitKb: 24 },
  { name: '/to-duke entry', code: "export * from './dist/to-duke/index.js';", limitKb: 12 },
  { name: '/lake-norman entry', code: "export * from './dist/lake-norman/index.js';", limitKb: 9 },
  { name: '/hipaa entry', code: "export * from './dist/hipaa/index.js';", limitKb: 7 },
  { name: '/locales/es entry', code: "export * from './dist/locales/es/index.js';", limitKb: 8 },
];
