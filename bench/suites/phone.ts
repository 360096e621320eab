/**
 * Size of the `/phone` entry: libphonenumber-js/core with the generated US
 * metadata, and the directory it matches numbers against.
 */
import type { Suite } from '../harness';

export const sizes: Suite['sizes'] = [
  { name: '/phone entry (US metadata included)', code: "export * from './dist/phone/index.js';", limitKb: 12 },
];
