/**
 * Size of the `/phone` entry: libphonenumber-js/core with the generated
 * metadata of the US and its territories, and the directory's numbers it
 * matches against.
 */
import type { Suite } from '../harness';

export const sizes: Suite['sizes'] = [
  { name: '/phone entry (US and territories metadata included)', code: "export * from './dist/phone/index.js';", limitKb: 12 },
];
