import { useId, useState } from 'react';
import { Box, Button, Drawer, Stack, Typography } from '@mui/material';
import FilterListIcon from '@mui/icons-material/FilterList';
import { FilterLiveForm, useListContext, useTranslate } from 'react-admin';
import { DrawerFilterInput, isActive, type FilterElement } from './DrawerFilterInput';

/**
 * A Filters button and the drawer it opens from the bottom of the screen, with every filter
 * of the list one under the other. The list follows each change as it does on a wide screen.
 */
export function FilterDrawer({ filters }: { filters: FilterElement[] }) {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const active = filters.filter((filter) => isActive(filterValues, filter)).length;

  function clear() {
    const kept = { ...filterValues };
    for (const filter of filters) delete kept[filter.props.source];
    setFilters(kept, displayedFilters);
  }

  return (
    <>
      <Button
        onClick={() => setOpen(true)}
        startIcon={<FilterListIcon />}
        aria-haspopup="dialog"
        aria-expanded={open}
        sx={{ flexShrink: 0 }}
      >
        {active > 0 ? translate('app.responsive.filtersActive', { count: active }) : translate('app.responsive.filters')}
      </Button>
      <Drawer
        anchor="bottom"
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{ paper: { role: 'dialog', 'aria-modal': true, 'aria-labelledby': titleId, sx: { maxHeight: '85vh', p: 2, pb: 0 } } }}
      >
        <Typography id={titleId} variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate('app.responsive.drawerTitle')}
        </Typography>
        <FilterLiveForm>
          <Stack sx={{ '& .MuiFormHelperText-root': { display: 'none' } }}>
            {filters.map((filter) => (
              <DrawerFilterInput key={filter.key ?? filter.props.source} filter={filter} />
            ))}
          </Stack>
        </FilterLiveForm>
        {/* Kept in sight at the bottom while the filters scroll. */}
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, py: 2, position: 'sticky', bottom: 0, zIndex: 2, bgcolor: 'background.paper', borderTop: 1, borderColor: 'divider' }}>
          <Button onClick={clear} disabled={active === 0}>
            {translate('app.responsive.clear')}
          </Button>
          <Button variant="contained" onClick={() => setOpen(false)}>
            {translate('app.responsive.close')}
          </Button>
        </Box>
      </Drawer>
    </>
  );
}
