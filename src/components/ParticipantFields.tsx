import { Labeled, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { EnumField, FieldText, LocaleNumberField, formatNumber } from './fields';

interface Counts {
  adults?: number | null;
  youth?: number | null;
}

/** "12 adults · 30 youth", in the user's locale, for a list row; nothing when neither count is known. */
export function ParticipantsField() {
  const record = useRecordContext<Counts>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (record?.adults == null && record?.youth == null) return null;
  const count = (value: number | null | undefined) => (value == null ? '–' : formatNumber(value, locale));
  return (
    <FieldText noWrap>
      {translate('app.participantsSummary', { adults: count(record.adults), youth: count(record.youth) })}
    </FieldText>
  );
}

/**
 * What an event or a program was about and how many took part, each labelled, for a show
 * page; a dash where nobody recorded it. Counts only: participants are often minors.
 */
export const FocusAndParticipants = () => (
  <>
    <Labeled source="focusArea">
      <EnumField source="focusArea" group="focusArea" emptyText="app.none" />
    </Labeled>
    <Labeled source="adults">
      <LocaleNumberField source="adults" emptyText="app.none" />
    </Labeled>
    <Labeled source="youth">
      <LocaleNumberField source="youth" emptyText="app.none" />
    </Labeled>
  </>
);
