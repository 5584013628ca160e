import LocationCityIcon from '@mui/icons-material/LocationCity';
import { lazyView } from '../../lib/lazyView';
import type { City } from '../../domain';

/** How a city reads wherever it is referenced: "Accra, GH". */
const recordRepresentation = (city: City) => `${city.name}, ${city.country}`;

// Each page loads its code when first opened: the first load carries only the shell.
const CityList = lazyView(() => import('./CityList'), 'CityList');
const CityShow = lazyView(() => import('./CityShow'), 'CityShow');
const CityEdit = lazyView(() => import('./CityEdit'), 'CityEdit');
const CityCreate = lazyView(() => import('./CityCreate'), 'CityCreate');

export default {
  list: CityList,
  show: CityShow,
  edit: CityEdit,
  create: CityCreate,
  icon: LocationCityIcon,
  recordRepresentation,
};
