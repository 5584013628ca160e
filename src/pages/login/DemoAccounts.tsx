import { CardContent, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DEMO_PASSWORD, seedUsers } from '../../domain/seed/users';

/** Mock mode only: who one can sign in as, one account per role and a coordinator per region. */
export default function DemoAccounts() {
  const translate = useTranslate();
  return (
    <CardContent sx={{ width: 340, maxWidth: '100%', pt: 0 }}>
      <Typography variant="subtitle2" component="h2">
        {translate('app.auth.demoTitle')}
      </Typography>
      <Table size="small">
        <TableBody>
          {seedUsers().map((user) => (
            <TableRow key={user.id}>
              <TableCell sx={{ px: 0.5 }}>
                {translate(`app.role.${user.role}`)}
                {user.region ? ` · ${translate(`app.region.${user.region}`)}` : ''}
              </TableCell>
              <TableCell sx={{ px: 0.5, wordBreak: 'break-all' }}>{user.email}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate('app.auth.demoPassword', { password: DEMO_PASSWORD })}
      </Typography>
    </CardContent>
  );
}
