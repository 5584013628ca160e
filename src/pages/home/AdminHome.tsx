import { Stack, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { Title, useStore, useTranslate } from 'react-admin';
import type { AuRegion } from '../../domain';
import { RegionSelect } from '../dashboard/RegionSelect';
import { ProgressHome } from './ProgressHome';
import { RegionHome } from './RegionHome';
import { StaffHome } from './StaffHome';

const CHOICES = ['work', 'region', 'progress'] as const;
type HomeChoice = (typeof CHOICES)[number];

/**
 * An admin has no work of their own to land on: they pick the home of the role they stand in
 * for, and the app's store remembers the pick (and the region) on this browser.
 */
export function AdminHome({ userId }: { userId: number }) {
  const translate = useTranslate();
  const [choice, setChoice] = useStore<HomeChoice>('home.choice', 'progress');
  const [region, setRegion] = useStore<AuRegion | null>('home.region', null);
  return (
    <Stack spacing={2}>
      {choice === 'progress' ? null : <Title title="app.home.title" />}
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={choice}
        onChange={(_event, next: HomeChoice | null) => next && setChoice(next)}
        aria-label={translate('app.home.choice.label')}
        sx={{ alignSelf: 'flex-start', bgcolor: 'background.paper' }}
      >
        {CHOICES.map((value) => (
          <ToggleButton key={value} value={value}>
            {translate(`app.home.choice.${value}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {choice === 'work' ? (
        <StaffHome userId={userId} />
      ) : choice === 'region' ? (
        <RegionHome userId={userId} region={region} regionPicker={<RegionSelect value={region} onChange={setRegion} />} />
      ) : (
        <ProgressHome />
      )}
    </Stack>
  );
}
