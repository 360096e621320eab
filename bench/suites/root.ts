import type { Suite } from '../harness';

/** Size of the whole root entry and of the directory lookups alone. */
export const sizes: Suite['sizes'] = [
  { name: 'root entry (everything)', code: "export * from 'duke-records-rules';", limitKb: 10 },
];
