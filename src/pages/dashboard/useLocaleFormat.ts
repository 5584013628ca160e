import { useLocaleState } from 'react-admin';
import { formatDate, formatNumber } from '../../components/fields';

/** Numbers, percentages and dates in the language the user picked. */
export function useLocaleFormat() {
  const [locale] = useLocaleState();
  return {
    locale,
    number: (value: number, maximumFractionDigits = 0) => formatNumber(value, locale, { maximumFractionDigits }),
    // A tenth of a percent matters early on (1 of 500 is 0.2 %, not 0 %).
    percent: (ratio: number) =>
      formatNumber(ratio, locale, { style: 'percent', maximumFractionDigits: ratio < 0.1 ? 1 : 0 }),
    date: (value: string) => formatDate(value, locale),
    /** A change, its sign always written: "+12", "−3". */
    signed: (value: number) => formatNumber(value, locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
  };
}
