/** The demo organization: generate a fictional engineering org with a year of activity, and write it. */
export { DEFAULT_SEED, type DemoOutput, type GenerateDemoOptions, generateDemo } from './generate-demo.js';
export type { PlantedCondition } from './planted.js';
export type { DemoSummary } from './readme.js';
export { writeDemo } from './write-demo.js';
export type { DemoFile } from './yaml-files.js';
