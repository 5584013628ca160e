import { useLocaleState, useTranslate } from 'react-admin';
import type { MatchReason, PopulationBand } from '../../domain';
import { formatDate, formatNumber } from '../fields';

/** Where each band starts and ends, as the domain cuts them. */
const BAND_LIMITS: Record<PopulationBand, { min?: number; max?: number }> = {
  small: { max: 100_000 },
  medium: { min: 100_000, max: 500_000 },
  large: { min: 500_000, max: 2_000_000 },
  metro: { min: 2_000_000 },
};

/** A reason for a suggestion as a short sentence in the reader's language, its numbers and dates as they write them. */
export function useReasonText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const compact = (value?: number) => (value === undefined ? '' : formatNumber(value, locale, { notation: 'compact' }));
  const band = (value: PopulationBand) => translate(`matches.bands.${value}`, { min: compact(BAND_LIMITS[value].min), max: compact(BAND_LIMITS[value].max) });
  const say = (reason: MatchReason, values: Record<string, unknown> = {}) => translate(`matches.reasons.${reason.code}`, values);
  return (reason: MatchReason): string => {
    switch (reason.code) {
      case 'preferredRegion':
        return say(reason, { region: translate(`app.region.${reason.region}`) });
      case 'sharedFocus': {
        const areas = reason.areas.map((area) => translate(`app.focusArea.${area}`));
        return say(reason, { areas: new Intl.ListFormat(locale, { type: 'conjunction' }).format(areas) });
      }
      case 'sameSizeBand':
      case 'nearSizeBand':
        return say(reason, { band: band(reason.band) });
      case 'duesCurrent':
      case 'duesLapsed':
        return say(reason, { date: formatDate(reason.through, locale) });
      case 'fewPartners':
      case 'manyPartners':
        return say(reason, { smart_count: reason.count });
      default:
        return say(reason);
    }
  };
}
