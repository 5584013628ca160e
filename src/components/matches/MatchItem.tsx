import { Button, ListItem, Stack, Typography } from '@mui/material';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import CheckIcon from '@mui/icons-material/CheckCircleOutline';
import { useLocaleState, useTranslate } from 'react-admin';
import { NEGATIVE_REASONS, usStateName, type SuggestedMatch } from '../../domain';
import { countryName } from '../../lib/countries';
import { formatNumber } from '../fields';
import { useReasonText } from './useReasonText';

interface MatchItemProps {
  match: SuggestedMatch;
  /** The button's words, already translated; no button when absent. */
  actionLabel?: string;
  onAction?: (match: SuggestedMatch) => void;
  busy?: boolean;
}

/** Where the city is: its US state, or its country, in the reader's language. */
const placeOf = (match: SuggestedMatch, locale: string) =>
  match.country === 'US' ? (usStateName(match.admin1 ?? '') ?? match.admin1 ?? '') : countryName(match.country, locale);

/** One suggestion: the city, where it is and its size, why it is suggested (and what speaks against it), and the action. */
export function MatchItem({ match, actionLabel, onAction, busy }: MatchItemProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const reasonText = useReasonText();
  const facts = [placeOf(match, locale), typeof match.population === 'number' ? translate('matches.population', { population: formatNumber(match.population, locale) }) : null];
  return (
    <ListItem divider sx={{ px: 0 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ width: '100%', justifyContent: 'space-between', alignItems: { xs: 'stretch', sm: 'flex-start' } }}>
        <Stack spacing={0.5} sx={{ minWidth: 0 }}>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {match.name}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {facts.filter(Boolean).join(' · ')}
          </Typography>
          <Stack component="ul" spacing={0.25} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {match.reasons.map((reason) => {
              const against = NEGATIVE_REASONS.includes(reason.code);
              const Icon = against ? ErrorOutlineIcon : CheckIcon;
              return (
                <Stack component="li" key={reason.code} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <Icon aria-hidden fontSize="inherit" color={against ? 'warning' : 'success'} />
                  <Typography variant="body2">{reasonText(reason)}</Typography>
                </Stack>
              );
            })}
          </Stack>
        </Stack>
        {actionLabel && onAction && (
          <Button
            variant="outlined"
            size="small"
            disabled={busy}
            onClick={() => onAction(match)}
            aria-label={translate('matches.actionFor', { action: actionLabel, name: match.name })}
            sx={{ flexShrink: 0, alignSelf: { xs: 'flex-start', sm: 'center' } }}
          >
            {actionLabel}
          </Button>
        )}
      </Stack>
    </ListItem>
  );
}
