import { Labeled, SelectInput, SimpleForm, TextField, TextInput, useRecordContext } from 'react-admin';
import { Stack } from '@mui/material';
import { inquiryUpdateSchema, type Inquiry, type InquiryStatus } from '../../domain';
import { KEEP_TYPED_ON_RELOAD, PessimisticEdit } from '../../components/PessimisticEdit';
import { choicesOf } from '../../lib/choices';
import { validateWith } from '../../lib/validate';
import { InquiryCityField } from './InquiryCityField';
import { InquiryStatusChip } from './InquiryStatusChip';
import { inquiryQueryOptions } from './inquiryAccess';
import { transformInquiry } from './transformInquiry';

// `converted` is the conversion's to set, and never taken back (the server refuses both).
const TRIAGE_STATUSES: readonly InquiryStatus[] = ['new', 'contacted', 'declined'];
const statusChoices = choicesOf('inquiryStatus', TRIAGE_STATUSES);
const check = validateWith(inquiryUpdateSchema);
const validate = (values: Record<string, unknown>) => check(transformInquiry(values));

/** Who the inquiry is from, read-only, so the editor knows which one they triage. */
const InquirySummary = () => (
  <Stack direction={{ xs: 'column', sm: 'row' }} gap={{ xs: 1, sm: 4 }} sx={{ mb: 2 }}>
    <Labeled source="organisation">
      <TextField source="organisation" />
    </Labeled>
    <Labeled source="contactName">
      <TextField source="contactName" />
    </Labeled>
    <Labeled source="cityName" label="resources.inquiries.fields.city">
      <InquiryCityField />
    </Labeled>
  </Stack>
);

/** The status: one of the triage's, or "converted" shown as it is once converted. */
function StatusInput() {
  const inquiry = useRecordContext<Inquiry>();
  if (inquiry?.status === 'converted') {
    return (
      <Labeled source="status">
        <InquiryStatusChip />
      </Labeled>
    );
  }
  return <SelectInput source="status" choices={statusChoices} helperText="resources.inquiries.helper.status" isRequired />;
}

/** Triage: the status and the team's notes. */
export const InquiryEdit = () => (
  <PessimisticEdit transform={transformInquiry} queryOptions={inquiryQueryOptions}>
    <SimpleForm validate={validate} resetOptions={KEEP_TYPED_ON_RELOAD} noValidate>
      <InquirySummary />
      <StatusInput />
      <TextInput source="notes" multiline minRows={4} fullWidth helperText="resources.inquiries.helper.notes" />
    </SimpleForm>
  </PessimisticEdit>
);
