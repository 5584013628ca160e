import { createContext, useContext, useState, type ReactNode } from 'react';

/** A request to convert: the partner it starts with, when one was picked on the page. */
export interface ConvertRequest {
  partnerCityId: number | null;
}

const ConvertRequestContext = createContext<{ request: ConvertRequest | null; setRequest: (request: ConvertRequest | null) => void } | null>(null);

/**
 * The inquiry page's one Convert dialog, asked for by the toolbar's button or by a suggested
 * partner's: both open the same dialog, the second with that partner already picked.
 */
export function ConvertRequestProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ConvertRequest | null>(null);
  return <ConvertRequestContext.Provider value={{ request, setRequest }}>{children}</ConvertRequestContext.Provider>;
}

export function useConvertRequest() {
  const context = useContext(ConvertRequestContext);
  if (!context) throw new Error('useConvertRequest is used inside ConvertRequestProvider');
  return context;
}
