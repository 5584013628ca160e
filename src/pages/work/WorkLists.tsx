import { Chip, List, ListItem, ListItemButton, ListItemText, Skeleton, type ChipProps } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { WORK_LISTS, type AuRegion, type WorkListKey } from '../../domain';
import { SectionCard } from '../../components/SectionCard';
import { useLocaleFormat } from '../dashboard/useLocaleFormat';
import { useWorkCounts } from './useWorkCounts';
import { useWorkListPath } from './workListPath';
import { WidgetError } from '../../components/WidgetError';

/** Lists that ask for action as soon as they hold anything. */
const URGENT: readonly WorkListKey[] = ['overdue', 'lapsedDues'];

const badgeColor = (key: WorkListKey, count: number): ChipProps['color'] =>
  count === 0 ? 'default' : URGENT.includes(key) ? 'error' : 'primary';

/**
 * The six work lists of the signed-in user, in one AU region or all: each a link that opens
 * its list filtered, with the server's count as a badge. Without the counts the links still work.
 */
export function WorkLists({ region }: { region: AuRegion | null }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const pathOf = useWorkListPath();
  const { data: counts, error, refetch } = useWorkCounts(region);
  const hint = region
    ? translate('app.work.hintRegion', { region: translate(`app.region.${region}`) })
    : translate('app.work.hint');
  return (
    <SectionCard title={translate('app.work.title')} hint={hint}>
      {error ? <WidgetError title={translate('app.work.error.title')} error={error} onRetry={() => void refetch()} /> : null}
      <List dense disablePadding sx={{ mt: 1 }}>
        {WORK_LISTS.map((key) => (
          <ListItem key={key} disablePadding>
            <ListItemButton component={Link} to={pathOf?.(key, region) ?? '#'} sx={{ borderRadius: 1 }}>
              <ListItemText primary={translate(`app.work.lists.${key}`)} />
              {counts ? (
                <Chip size="small" label={format.number(counts[key])} color={badgeColor(key, counts[key])} sx={{ ml: 1, fontWeight: 600 }} />
              ) : error ? null : (
                <Skeleton variant="rounded" width={32} height={24} sx={{ ml: 1 }} />
              )}
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </SectionCard>
  );
}
