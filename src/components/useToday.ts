import { useState } from 'react';
import { toIsoDate } from '../domain';

/** Today as YYYY-MM-DD, read once per mounted component so renders stay pure. */
export function useToday(): string {
  const [today] = useState(() => toIsoDate(new Date()));
  return today;
}
