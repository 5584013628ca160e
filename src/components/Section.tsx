import type { ReactNode } from 'react';
import { Box, Stack, Typography, type StackProps } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled block of a page or a form; `title` is a translation key. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mt: 3, width: '100%' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
}

/** Inputs side by side on wide screens, stacked on phones. */
export const FormRow = ({ children, ...props }: StackProps) => (
  <Stack direction={{ xs: 'column', sm: 'row' }} gap={2} width="100%" {...props}>
    {children}
  </Stack>
);
