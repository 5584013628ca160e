import type { ReactElement } from 'react';
import { SimpleList, type SimpleListProps } from 'react-admin';
import { useIsPhone } from './useIsPhone';

export type PhoneListConfig = Pick<SimpleListProps, 'primaryText' | 'secondaryText' | 'tertiaryText' | 'rowClick'>;

/**
 * A list's body: its table on wide screens, a simple list on a phone, where a table's columns
 * would push the page sideways. Each item opens the record (its show page unless told).
 */
export function ResponsiveList({ children, rowClick = 'show', ...phone }: PhoneListConfig & { children: ReactElement }) {
  const isPhone = useIsPhone();
  return isPhone ? <SimpleList rowClick={rowClick} {...phone} /> : children;
}
