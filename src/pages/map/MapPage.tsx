import { useMemo } from 'react';
import { Alert, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useDataProvider, useLocaleState, useNavigate, useTranslate } from 'react-admin';
import { readArc } from '../../domain';
import type { AppDataProvider } from '../../providers/dataProvider';
import { MapFilters } from './MapFilters';
import { MapLegend } from './MapLegend';
import { MapTables } from './MapTables';
import { PartnershipMapSvg } from './PartnershipMapSvg';
import { useMapFilter } from './useMapFilter';

/** Under ['stats']: whatever refreshes the figures after a write refreshes the map too. */
const mapKey = (filter: Record<string, string>) => ['stats', 'map', filter] as const;

/**
 * The partnership map (decision 029): AU regions shaded by their count for the filter, an arc
 * from each US city to its African city coloured by stage, and the same data as tables.
 */
export default function MapPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [filter, setFilter] = useMapFilter();
  const { data, error, isPending } = useQuery({ queryKey: mapKey(filter), queryFn: () => dataProvider.getMap(filter) });
  const partnerships = useMemo(() => (data?.arcs ?? []).map(readArc), [data]);
  const notDrawn = partnerships.filter((p) => p.us === null || p.african === null).length;
  const largest = data ? Math.max(0, ...Object.values(data.byRegion)) : 0;
  return (
    <Stack spacing={2} sx={{ py: 2, minWidth: 0 }}>
      <Title title="map.title" />
      <MapFilters filter={filter} setFilter={setFilter} />
      {error ? <Alert severity="error">{translate('map.failed', { reason: translate(error.message, { _: error.message }) })}</Alert> : null}
      {isPending ? <Loading /> : null}
      {data ? (
        <>
          <Stack component="output" spacing={0.5}>
            {data.total === 0 ? <Typography>{translate('map.none')}</Typography> : null}
            {data.total > data.arcs.length ? <Typography>{translate('map.showing', { shown: data.arcs.length.toLocaleString(locale), total: data.total.toLocaleString(locale) })}</Typography> : null}
            {notDrawn > 0 ? <Typography>{translate('map.notDrawn', { smart_count: notDrawn })}</Typography> : null}
          </Stack>
          <Paper component="figure" variant="outlined" sx={{ m: 0, p: 1, overflow: 'hidden' }}>
            <PartnershipMapSvg byRegion={data.byRegion} partnerships={partnerships} onOpen={(id) => navigate(`/partnerships/${id}/show`)} />
            <Typography component="figcaption" variant="caption" color="text.secondary">
              {translate('map.credit')}
            </Typography>
          </Paper>
          <MapLegend largest={largest} />
          <MapTables byRegion={data.byRegion} partnerships={partnerships} />
        </>
      ) : null}
    </Stack>
  );
}
