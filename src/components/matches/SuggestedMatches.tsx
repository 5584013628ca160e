import { LinearProgress, List, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { isAllowed, type MatchesAnswer, type SuggestedMatch } from '../../domain';
import { useSignedInUser } from '../useSignedInUser';
import { WidgetError } from '../WidgetError';
import { MatchItem } from './MatchItem';
import { useMatches, useOpenProspect } from './useMatches';

export type { SuggestedMatch } from '../../domain';

export interface SuggestedMatchesProps {
  cityId?: number;
  inquiryId?: number;
  /** What picking a suggestion does; by default it opens a `prospect` with it and shows it. */
  onPick?: (match: SuggestedMatch) => void;
  /** The button's words with onPick, already translated. */
  pickLabel?: string;
}

/** The AU region a partnership of the subject and the suggestion would belong to: its African city's. */
const regionOfPair = (subject: MatchesAnswer['subject'], match: SuggestedMatch) => (subject.side === 'africa' ? subject.region : match.region);

/**
 * The cities of the other side suggested for a city or an inquiry, best first, each with its
 * reasons in plain words and a button. Without onPick, the button opens a prospect, offered
 * only where the user may create that partnership and the subject is a recorded city.
 */
export function SuggestedMatches({ cityId, inquiryId, onPick, pickLabel }: SuggestedMatchesProps) {
  const translate = useTranslate();
  const { user, isPending: userPending } = useSignedInUser();
  const { data, error, isPending, refetch } = useMatches({ cityId, inquiryId });
  const prospect = useOpenProspect(data?.subject);
  if (error) return <WidgetError title={translate('matches.failed')} error={error} onRetry={() => void refetch()} />;
  // The buttons depend on who is signed in: the list waits for both answers, so none pops in late.
  if (isPending || userPending) return <LinearProgress aria-label={translate('matches.loading')} sx={{ my: 2 }} />;
  const { subject, matches } = data;
  if (matches.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
        {translate('matches.empty')}
      </Typography>
    );
  }
  const mayOpen = (match: SuggestedMatch) => subject.cityId !== null && isAllowed(user, 'create', 'partnerships', { region: regionOfPair(subject, match) });
  const actionOf = (match: SuggestedMatch) =>
    onPick ? { actionLabel: pickLabel ?? translate('matches.openProspect'), onAction: onPick } : mayOpen(match) ? { actionLabel: translate('matches.openProspect'), onAction: prospect.open } : {};
  return (
    <List component="ol" aria-label={translate('matches.listLabel', { name: subject.name })} sx={{ p: 0 }}>
      {matches.map((match) => (
        <MatchItem key={match.cityId} match={match} busy={prospect.isPending} {...actionOf(match)} />
      ))}
    </List>
  );
}
