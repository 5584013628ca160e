import { useWatch } from 'react-hook-form';
import { addYears, isCalendarDay } from '../../domain';
import { CountingRule } from '../../components/CountingRule';
import { milestoneCount } from './settingsForm';

/** The counting rule as the form's values would make it, once they make one. */
export function LiveCountingRule() {
  const [startDate, years, target] = useWatch({ name: ['startDate', 'years', 'target'] }) as [unknown, unknown, unknown];
  const complete = typeof startDate === 'string' && isCalendarDay(startDate) && milestoneCount(years) > 0 && Number.isInteger(target) && (target as number) > 0;
  if (!complete) return null;
  return <CountingRule startDate={startDate} endDate={addYears(startDate, years as number)} target={target as number} />;
}
