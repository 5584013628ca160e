import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { Chip, Stack } from '@mui/material';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import type { City } from '../../domain';
import { FieldText, formatDate } from '../../components/fields';
import { useToday } from '../../components/useToday';
import { countryName } from '../../lib/countries';
import { admin1Name, languageName } from './places';
import { membershipStatus } from './cityStatus';

/** The country's name in the user's language rather than its ISO code. */
export function CountryField(_props: FieldProps) {
  const record = useRecordContext<City>();
  const [locale] = useLocaleState();
  return <FieldText>{countryName(record?.country, locale)}</FieldText>;
}

/** The US state's name, or the African province code. */
export function Admin1Field(_props: FieldProps) {
  const record = useRecordContext<City>();
  return <FieldText>{admin1Name(record?.country, record?.admin1)}</FieldText>;
}

/** SCI membership of a US city, with lapsed dues marked: SCI stops recognising its partnerships. */
export function MembershipField(_props: FieldProps) {
  const record = useRecordContext<City>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = useToday();
  if (!record) return null;
  const status = membershipStatus(record, today);
  const date = record.duesPaidThrough ? formatDate(record.duesPaidThrough, locale) : '';
  const t = (key: string) => translate(`resources.cities.membership.${key}`, { date });
  switch (status) {
    case 'notApplicable':
      return null;
    case 'notMember':
      return <FieldText>{t('notMember')}</FieldText>;
    case 'current':
      return <Chip size="small" color="success" label={t('member')} title={t('duesPaidThrough')} />;
    case 'unknown':
      return <Chip size="small" color="warning" label={t('duesUnknown')} />;
    case 'lapsed':
      return <Chip size="small" color="error" icon={<ErrorOutlineIcon />} label={t('duesLapsed')} />;
  }
}

/** The city's languages by name, in the user's language. */
export function LanguagesField(_props: FieldProps) {
  const record = useRecordContext<City>();
  const [locale] = useLocaleState();
  if (!record?.languages?.length) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {record.languages.map((code) => (
        <Chip key={code} size="small" label={languageName(code, locale)} />
      ))}
    </Stack>
  );
}
