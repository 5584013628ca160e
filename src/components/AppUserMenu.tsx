import { forwardRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ListItemIcon, ListItemText, MenuItem, Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import ExitIcon from '@mui/icons-material/PowerSettingsNew';
import { UserMenu, useGetIdentity, useLogout, useTranslate, useUserMenu } from 'react-admin';
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

// Not an item of the menu: opened from the keyboard, the focus goes to the first item after it
// (MUI's menu would otherwise aim at this one, which cannot take it, and the arrows would not work).
SignedInAs.muiSkipListHighlight = true;

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

/**
 * The app bar's user menu: who you are, your password, sign out. Where the button shows the
 * person's name, that name is also what it is called (what one sees is what one says to a screen
 * reader or voice control); on a phone it is an icon named "Profile".
 */
export function AppUserMenu() {
  const { identity } = useGetIdentity();
  const showsName = useMediaQuery<Theme>((theme) => theme.breakpoints.up('sm'));
  return (
    <UserMenu label={showsName && identity?.fullName ? identity.fullName : undefined}>
      <SignedInAs />
      <ChangePasswordItem />
      <SignOutItem />
    </UserMenu>
  );
}
