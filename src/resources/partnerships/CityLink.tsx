import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext } from 'react-admin';

interface CityLinkProps {
  /** Where the city's id sits on the partnership (africanCityId / usCityId). */
  idSource: 'africanCityId' | 'usCityId';
  /** The name the API puts beside it, so a list row needs no extra request per city. */
  nameSource: 'africanCityName' | 'usCityName';
  source?: string;
}

/** One of the partnership's two cities, linked to the city's page. */
export function CityLink({ idSource, nameSource }: CityLinkProps) {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const id = record?.[idSource] as number | undefined;
  if (id === undefined || id === null) return null;
  return (
    <Link
      to={createPath({ resource: 'cities', id, type: 'show' })}
      // In a list row, the link opens the city, not the partnership.
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {String(record?.[nameSource] ?? id)}
    </Link>
  );
}
