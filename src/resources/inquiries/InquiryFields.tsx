import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Inquiry } from '../../domain';
import { FieldText } from '../../components/fields';
import { languageName } from '../cities/places';

/** Where the city came from: a place of the gazetteer, or text the person typed. */
export function CitySourceField(_props: FieldProps) {
  const inquiry = useRecordContext<Inquiry>();
  const translate = useTranslate();
  if (!inquiry) return null;
  return (
    <FieldText>
      {inquiry.geonameId ? translate('resources.inquiries.fromGazetteer', { id: inquiry.geonameId }) : translate('resources.inquiries.typedCity')}
    </FieldText>
  );
}

/** The language of the form they filled in, by name. */
export function LocaleField(_props: FieldProps) {
  const inquiry = useRecordContext<Inquiry>();
  const [locale] = useLocaleState();
  return inquiry ? <FieldText>{languageName(inquiry.locale, locale)}</FieldText> : null;
}

/** A stored inquiry always had consent: the sign-up refuses one without it. */
export function ConsentField(_props: FieldProps) {
  const translate = useTranslate();
  return <FieldText>{translate('resources.inquiries.consentGiven')}</FieldText>;
}
