import { forwardRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ListItemIcon, ListItemText, MenuItem, Box, Typography } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import ExitIcon from '@mui/icons-material/PowerSettingsNew';
import { UserMenu, useLogout, useTranslate, useUserMenu } from 'react-admin';
import { useSignedInUser } from './useSignedInUser';

/** Who is signed in: the name, and the role (with a coordinator's region). */
function SignedInAs() {
  const { user } = useSignedInUser();
  const translate = useTranslate();
  if (!user) return null;
  const role = translate(`app.role.${user.role}`);
  return (
    <Box sx={{ px: 2, py: 1 }}>
      <Typography variant="subtitle2">{user.fullName}</Typography>
      <Typography variant="body2" color="text.secondary">
        {user.region ? translate('app.account.signedInAs', { role, region: translate(`app.region.${user.region}`) }) : role}
      </Typography>
    </Box>
  );
}

const ChangePasswordItem = forwardRef<HTMLAnchorElement>(function ChangePasswordItem(props, ref) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/account/password" ref={ref} onClick={() => userMenu?.onClose()} {...props}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.account.changePassword')}</ListItemText>
    </MenuItem>
  );
});

/**
 * Signs out from the sign-in page: the page on screen is left first, so that none of its
 * queries runs again once the session is gone (react-admin's own item signs out first, and
 * the page still showing would ask the API once more and meet a 401).
 */
const SignOutItem = forwardRef<HTMLLIElement>(function SignOutItem(props, ref) {
  const translate = useTranslate();
  const logout = useLogout();
  const navigate = useNavigate();
  const userMenu = useUserMenu();
  const signOut = () => {
    userMenu?.onClose();
    navigate('/login');
    void logout({}, false);
  };
  return (
    <MenuItem ref={ref} onClick={signOut} {...props}>
      <ListItemIcon>
        <ExitIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('ra.auth.logout')}</ListItemText>
    </MenuItem>
  );
});

/** The app bar's user menu: who you are, your password, sign out. */
export const AppUserMenu = () => (
  <UserMenu>
    <SignedInAs />
    <ChangePasswordItem />
    <SignOutItem />
  </UserMenu>
);
