import { DataTable } from 'react-admin';
import { EnumField } from '../../components/fields';
import { RelatedRecords } from '../../components/RelatedRecords';
import { Section } from '../../components/Section';

const label = (key: string) => `resources.partnerships.programs.${key}`;

/** Programs this partnership takes part in (matched by `partnershipIds`), latest cycle first. */
export function PartnershipPrograms() {
  return (
    <Section title="resources.partnerships.sections.programs">
      <RelatedRecords reference="programs" target="partnershipIds" sort={{ field: 'cycleYear', order: 'DESC' }} empty={label('empty')}>
        <DataTable.Col source="cycleYear" label={label('cycleYear')} />
        <DataTable.Col source="title" label={label('title')} />
        <DataTable.Col source="kind" label={label('kind')}>
          <EnumField source="kind" group="programKind" />
        </DataTable.Col>
        <DataTable.Col source="status" label={label('status')}>
          <EnumField source="status" group="programStatus" />
        </DataTable.Col>
      </RelatedRecords>
    </Section>
  );
}
