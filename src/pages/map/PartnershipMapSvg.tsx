import { memo } from 'react';
import { useHref } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { AU_REGIONS, type AuRegion, type MapPartnership } from '../../domain';
import { chartPalette } from '../../charts/palette';
import { arcPath, COUNTRIES, MAP_HEIGHT, MAP_WIDTH, mapPath, project, shadeOf, STAGE_COLOURS } from './geography';

const US = COUNTRIES.filter((country) => country.properties.code === 'US');
const countriesOf = (region: AuRegion) => COUNTRIES.filter((country) => country.properties.region === region);

/** The AU member states, shaded by their region's count; the United States as the other shore. */
const Countries = memo(function Countries({ byRegion }: { byRegion: Record<AuRegion, number> }) {
  const translate = useTranslate();
  const largest = Math.max(0, ...Object.values(byRegion));
  return (
    <g stroke="#ffffff" strokeWidth={0.5}>
      {US.map((country, i) => (
        <path key={`us-${i}`} d={mapPath(country) ?? ''} fill={chartPalette.grid} />
      ))}
      {AU_REGIONS.map((region) => (
        // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- SVG has no grouping tag: the role names a region's shapes as one.
        <g key={region} role="group" aria-label={translate('map.region', { region: translate(`app.region.${region}`), smart_count: byRegion[region] })} fill={shadeOf(byRegion[region], largest)}>
          {countriesOf(region).map((country, i) => (
            <path key={`${country.properties.code}-${i}`} d={mapPath(country) ?? ''} />
          ))}
        </g>
      ))}
    </g>
  );
});

interface ArcProps {
  partnership: MapPartnership & { us: [number, number]; african: [number, number] };
  onOpen: (id: number) => void;
}

/**
 * One partnership: the arc and its African city's dot, one link that opens it in the app. Out
 * of the tab order: thousands of arcs would be thousands of stops; the tables are the keyboard's way.
 */
function Arc({ partnership: p, onOpen, opacity }: ArcProps & { opacity: number }) {
  const translate = useTranslate();
  const href = useHref(`/partnerships/${p.id}/show`);
  const colour = STAGE_COLOURS[p.stage];
  const [x, y] = project(p.african) ?? [Number.NaN, Number.NaN];
  return (
    <a
      href={href}
      tabIndex={-1}
      aria-label={translate('map.arc', { african: p.africanCity, us: p.usCity, stage: translate(`app.stage.${p.stage}`) })}
      onClick={(event) => {
        // A click with a modifier opens a tab, as any link does.
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        onOpen(p.id);
      }}
    >
      <title>{`${p.africanCity} ↔ ${p.usCity}`}</title>
      <path d={arcPath(p.us, p.african)} fill="none" stroke={colour} strokeWidth={0.9} strokeOpacity={opacity} />
      {Number.isFinite(x) ? <circle cx={x} cy={y} r={2.5} fill={colour} /> : null}
    </a>
  );
}

interface PartnershipMapSvgProps {
  byRegion: Record<AuRegion, number>;
  partnerships: MapPartnership[];
  onOpen: (id: number) => void;
}

const drawable = (p: MapPartnership): p is ArcProps['partnership'] => p.us !== null && p.african !== null;

/** The map: countries, then an arc per partnership whose cities both have coordinates. */
/** Fainter arcs the more there are, so hundreds still let the regions' shading show through. */
const arcOpacity = (count: number) => Math.min(0.7, Math.max(0.12, 5 / Math.sqrt(Math.max(count, 1))));

export function PartnershipMapSvg({ byRegion, partnerships, onOpen }: PartnershipMapSvgProps) {
  const translate = useTranslate();
  const arcs = partnerships.filter(drawable);
  const opacity = arcOpacity(arcs.length);
  return (
    <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} width="100%" aria-label={translate('map.figure')} style={{ display: 'block', maxWidth: '100%', height: 'auto', background: '#f8fafc' }}>
      <Countries byRegion={byRegion} />
      <g>
        {arcs.map((p) => (
          <Arc key={p.id} partnership={p} onOpen={onOpen} opacity={opacity} />
        ))}
      </g>
    </svg>
  );
}
