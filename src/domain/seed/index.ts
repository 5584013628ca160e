export { generateSeed, type SeedOptions } from './generateSeed';
export { createRandom, type Random } from './random';
export * from './types';
