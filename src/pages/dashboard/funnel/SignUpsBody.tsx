import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { SignUpBars } from '../../../charts';
import type { SignUps } from '../../../domain';
import { useLocaleFormat } from '../useLocaleFormat';

export const SIGN_UP_FIGURES = ['signUps', 'converted', 'prospects', 'signed'] as const;

/** The sign-ups drawn week by week, their totals, and how many went on, in words. */
export function SignUpsBody({ answer }: { answer: SignUps }) {
  const translate = useTranslate();
  const { locale, number, percent } = useLocaleFormat();
  const t = (key: string, options?: Record<string, unknown>) => translate(`dashboard.funnel.signUps.${key}`, options);
  if (answer.signUps === 0) return <Typography color="text.secondary">{t('empty')}</Typography>;
  const labels = { title: t(`chart.${answer.unit}`), bucket: t(`bucket.${answer.unit}`), count: t('count'), none: t('none') };
  const rate = (ratio: number | null) => (ratio === null ? '' : percent(ratio));
  return (
    <Stack spacing={1.5}>
      <SignUpBars buckets={answer.buckets} unit={answer.unit} labels={labels} locale={locale} />
      <Stack component="ul" aria-label={t('figures')} direction="row" sx={{ listStyle: 'none', p: 0, m: 0, flexWrap: 'wrap', columnGap: 3 }}>
        {SIGN_UP_FIGURES.map((figure) => (
          <Typography component="li" key={figure} variant="body2">
            {t(figure)} <strong>{number(answer[figure])}</strong>
          </Typography>
        ))}
      </Stack>
      <Typography variant="body2">
        {t('toProspects', { smart_count: answer.prospects, prospects: number(answer.prospects), signUps: number(answer.signUps), rate: rate(answer.prospectRate) })}
        {answer.prospects > 0 && ` ${t('toSigned', { smart_count: answer.signed, signed: number(answer.signed), prospects: number(answer.prospects), rate: rate(answer.signedRate) })}`}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {t('rule')}
      </Typography>
    </Stack>
  );
}
