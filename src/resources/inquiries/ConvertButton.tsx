import { Button, useCanAccess, useRecordContext } from 'react-admin';
import ConvertIcon from '@mui/icons-material/Handshake';
import type { Inquiry } from '../../domain';
import { ConvertDialog } from './ConvertDialog';
import { useConvertRequest } from './convertRequest';

/** Whether the user may convert the inquiry on view: they may update it, and it is not converted yet. */
export function useMayConvert() {
  const inquiry = useRecordContext<Inquiry>();
  const { canAccess } = useCanAccess({ action: 'update', resource: 'inquiries', record: inquiry, enabled: inquiry !== undefined });
  return Boolean(canAccess && inquiry && inquiry.status !== 'converted');
}

/** Convert, for whoever may; the dialog stays open on its answer once the inquiry is converted. */
export function ConvertButton() {
  const inquiry = useRecordContext<Inquiry>();
  const mayConvert = useMayConvert();
  const { request, setRequest } = useConvertRequest();
  if (!inquiry) return null;
  return (
    <>
      {mayConvert && (
        <Button label="resources.inquiries.convert.button" onClick={() => setRequest({ partnerCityId: null })} aria-haspopup="dialog">
          <ConvertIcon />
        </Button>
      )}
      {request && <ConvertDialog inquiry={inquiry} partnerCityId={request.partnerCityId} onClose={() => setRequest(null)} />}
    </>
  );
}
