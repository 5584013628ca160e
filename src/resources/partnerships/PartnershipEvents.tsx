import { DataTable } from 'react-admin';
import { EnumField, LocaleDateField } from '../../components/fields';
import { RelatedRecords } from '../../components/RelatedRecords';
import { Section } from '../../components/Section';

const label = (key: string) => `resources.partnerships.events.${key}`;

/** Events that involved this partnership (the API matches them by `partnershipIds`), latest first. */
export function PartnershipEvents() {
  return (
    <Section title="resources.partnerships.sections.events">
      <RelatedRecords reference="events" target="partnershipIds" sort={{ field: 'startsAt', order: 'DESC' }} empty={label('empty')}>
        <DataTable.Col source="startsAt" label={label('startsAt')} field={LocaleDateField} />
        <DataTable.Col source="title" label={label('title')} />
        <DataTable.Col source="type" label={label('type')}>
          <EnumField source="type" group="eventType" />
        </DataTable.Col>
      </RelatedRecords>
    </Section>
  );
}
