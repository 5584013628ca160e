import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

export interface EnumChipStyle<V extends string> {
  /** The translation group: the label is `app.<group>.<value>`. */
  group: string;
  /** Colour per value; a value left out is grey. */
  colors?: Partial<Record<V, ChipProps['color']>>;
  /** Values drawn outlined rather than filled: finished states, or quiet labels. */
  outlined?: readonly V[];
  size?: ChipProps['size'];
}

/** A value of a domain enum (a stage, a status, a region) as a chip, in the user's language. */
export function EnumChip<V extends string>({ value, group, colors, outlined, size = 'small' }: EnumChipStyle<V> & { value: V }) {
  const translate = useTranslate();
  return (
    <Chip
      label={translate(`app.${group}.${value}`)}
      color={colors?.[value] ?? 'default'}
      variant={outlined?.includes(value) ? 'outlined' : 'filled'}
      size={size}
    />
  );
}

/** The record's `source` as an EnumChip; nothing when it has no value. */
export function EnumChipField<V extends string>({ source, group, colors, outlined, size }: FieldProps & EnumChipStyle<V> & { source: string }) {
  const record = useRecordContext();
  const value = record?.[source] as V | null | undefined;
  return value ? <EnumChip value={value} group={group} colors={colors} outlined={outlined} size={size} /> : null;
}
