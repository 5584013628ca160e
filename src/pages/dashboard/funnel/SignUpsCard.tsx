import { Box, LinearProgress, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';
import { signUpUnitOf, type AuRegion, type SignUps } from '../../../domain';
import { WidgetError } from '../../../components/WidgetError';
import { ChartCard, type ChartFigures } from '../ChartCard';
import { reportFileName } from '../report/figures';
import { useLocaleFormat } from '../useLocaleFormat';
import { SIGN_UP_FIGURES, SignUpsBody } from './SignUpsBody';
import { useSignUps } from './useSignUps';

interface SignUpsCardProps {
  region: AuRegion | null;
  from: string;
  to: string;
}

/**
 * The top of the funnel (issue 14): the public sign-ups of the funnel's period, in the
 * dashboard's region, and how many became prospects and then signed. Loads and fails on its own.
 */
export function SignUpsCard({ region, from, to }: SignUpsCardProps) {
  const translate = useTranslate();
  const { date } = useLocaleFormat();
  const t = (key: string, options?: Record<string, unknown>) => translate(`dashboard.funnel.signUps.${key}`, options);
  const { data: answer, error, refetch, isPlaceholderData } = useSignUps({ region, from, to });
  const figures = useSignUpsFigures(answer);
  const hint = t(`hint.${signUpUnitOf(from, to)}`, { from: date(from), to: date(to) });

  return (
    <ChartCard title={t('title')} hint={hint} figures={figures}>
      {/* Reserved height: the bar comes and goes without moving the chart. */}
      <Box sx={{ height: 4, mb: 1 }}>{isPlaceholderData && <LinearProgress aria-label={t('loading')} />}</Box>
      {answer ? (
        <SignUpsBody answer={answer} />
      ) : error ? (
        <WidgetError title={t('error')} error={error} onRetry={() => void refetch()} />
      ) : (
        <Box component="output" aria-label={t('loading')} aria-busy sx={{ display: 'block' }}>
          <Skeleton variant="rounded" height={240} />
        </Box>
      )}
    </ChartCard>
  );
}

/** The CSV: a row per week (or month), unformatted, then the period's totals. */
function useSignUpsFigures(answer: SignUps | undefined): ChartFigures | undefined {
  const translate = useTranslate();
  if (!answer) return undefined;
  const t = (key: string) => translate(`dashboard.funnel.signUps.${key}`);
  return {
    fileName: reportFileName(`signups-${answer.from}`, answer.to, answer.region),
    header: [t(`bucket.${answer.unit}`), t('count')],
    rows: [...answer.buckets.map((bucket) => [bucket.start, bucket.signUps]), ...SIGN_UP_FIGURES.map((figure) => [t(figure), answer[figure]])],
  };
}
