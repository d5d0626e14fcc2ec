/**
 * Words for the model's ids that only parts loaded after the first render need, by domain; each
 * module is loaded by the parts that show its words. (First-render words: ../index.ts.)
 */
export * from './comparisons.js';
export * from './errors.js';
export * from './notes.js';
export * from './parts.js';
export * from './provenance.js';
