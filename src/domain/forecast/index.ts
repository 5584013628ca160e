export * from './types';
export * from './spells';
export * from './input';
export * from './pools';
export * from './simulate';
export * from './summary';
export * from './levers';
export * from './forecast';
