import { Box } from '@mui/material';
import { Loading, Title } from 'react-admin';
import { useSignedInUser } from '../../components/useSignedInUser';
import { AdminHome } from './AdminHome';
import { ProgressHome } from './ProgressHome';
import { RegionHome } from './RegionHome';
import { StaffHome } from './StaffHome';

/**
 * The page `/` opens on, picked by role (decision 023): staff land on their work, coordinators
 * on their region, leadership on the progress dashboard, admins on the one they choose.
 */
export default function Home() {
  const { user, isPending } = useSignedInUser();
  if (!user) return isPending ? <Loading /> : null;
  if (user.role === 'leadership') return <ProgressHome />;
  return (
    <Box sx={{ py: 2, maxWidth: 1600 }}>
      {/* An admin's progress home is the dashboard, which names itself. */}
      {user.role === 'admin' ? null : <Title title="app.home.title" />}
      {user.role === 'staff' ? (
        <StaffHome userId={user.id} />
      ) : user.role === 'coordinator' ? (
        <RegionHome userId={user.id} region={user.region} />
      ) : (
        <AdminHome userId={user.id} />
      )}
    </Box>
  );
}
