import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCreate, useDataProvider, useNotify, useRedirect } from 'react-admin';
import type { MatchReason, MatchesAnswer, MatchesParams, SuggestedMatch } from '../../domain';
import type { AppDataProvider } from '../../providers/dataProvider';
import { refusalOf } from '../savedViews/refusal';

/** The suggestions for a city or an inquiry, from one call the server ranks. */
export function useMatches(params: MatchesParams) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const enabled = params.cityId !== undefined || params.inquiryId !== undefined;
  return useQuery({
    queryKey: ['matches', params],
    queryFn: () => dataProvider.getMatches(params),
    enabled,
  });
}

/** The subject and a suggestion as the pair of a partnership: the African city first. */
const pairOf = (subject: MatchesAnswer['subject'], match: SuggestedMatch) =>
  subject.side === 'africa' ? { africanCityId: subject.cityId, usCityId: match.cityId } : { africanCityId: match.cityId, usCityId: subject.cityId };

/**
 * Opens a `prospect` of the 500 in 5 cohort between the subject's city and a suggestion, on
 * the focus areas they share, then shows it. A refusal (the pair opened meanwhile) says why.
 */
export function useOpenProspect(subject: MatchesAnswer['subject'] | undefined) {
  const [create, { isPending }] = useCreate();
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const open = (match: SuggestedMatch) => {
    if (!subject?.cityId) return;
    const shared = match.reasons.find((reason): reason is Extract<MatchReason, { code: 'sharedFocus' }> => reason.code === 'sharedFocus');
    const data = { ...pairOf(subject, match), stage: 'prospect', cohort: '500in5', kind: 'sister', focusAreas: shared?.areas ?? [] };
    void create(
      'partnerships',
      { data },
      {
        onSuccess: (created) => {
          void queryClient.invalidateQueries({ queryKey: ['matches'] });
          notify('matches.opened', { type: 'info', messageArgs: { name: match.name } });
          redirect('show', 'partnerships', created.id);
        },
        onError: (error) => notify(refusalOf(error), { type: 'error' }),
      },
    );
  };
  return { open, isPending };
}
