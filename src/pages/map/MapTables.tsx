import { useState } from 'react';
import { Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { AU_REGIONS, type AuRegion, type MapPartnership } from '../../domain';

const ROWS_PER_PAGE = 25;

function RegionsTable({ byRegion }: { byRegion: Record<AuRegion, number> }) {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('map.table.regions')} sx={{ maxWidth: 420 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('map.table.region')}</TableCell>
          <TableCell align="right">{translate('map.table.count')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {AU_REGIONS.map((region) => (
          <TableRow key={region}>
            <TableCell>{translate(`app.region.${region}`)}</TableCell>
            <TableCell align="right">{byRegion[region]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The partnerships of the map, a page at a time, each a link to the partnership. */
function PartnershipsTable({ partnerships }: { partnerships: MapPartnership[] }) {
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  // A new filter may leave fewer pages than the one shown.
  const shownPage = Math.min(page, Math.max(0, Math.ceil(partnerships.length / ROWS_PER_PAGE) - 1));
  const rows = partnerships.slice(shownPage * ROWS_PER_PAGE, (shownPage + 1) * ROWS_PER_PAGE);
  return (
    <>
      <Table size="small" aria-label={translate('map.table.partnerships')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('map.table.partnership')}</TableCell>
            <TableCell>{translate('map.table.stage')}</TableCell>
            <TableCell>{translate('map.table.region')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((p) => (
            <TableRow key={p.id}>
              <TableCell>
                <Link to={`/partnerships/${p.id}/show`}>{`${p.africanCity} ↔ ${p.usCity}`}</Link>
              </TableCell>
              <TableCell>{translate(`app.stage.${p.stage}`)}</TableCell>
              <TableCell>{translate(`app.region.${p.region}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={partnerships.length}
        page={shownPage}
        onPageChange={(_event, next) => setPage(next)}
        rowsPerPage={ROWS_PER_PAGE}
        rowsPerPageOptions={[ROWS_PER_PAGE]}
        labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
        getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
      />
    </>
  );
}

/** The text alternative of the map: the same figures as tables, reachable by keyboard. */
export function MapTables({ byRegion, partnerships }: { byRegion: Record<AuRegion, number>; partnerships: MapPartnership[] }) {
  const translate = useTranslate();
  return (
    <Stack component="section" aria-labelledby="map-tables" spacing={1}>
      <Typography id="map-tables" variant="h6" component="h2">
        {translate('map.table.heading')}
      </Typography>
      <RegionsTable byRegion={byRegion} />
      <PartnershipsTable partnerships={partnerships} />
    </Stack>
  );
}
