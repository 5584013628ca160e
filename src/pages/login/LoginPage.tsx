/// <reference types="vite/client" />
// (tests/ type-check this page under the node project, which lacks Vite's types.)
import { lazy, Suspense } from 'react';
import { Box } from '@mui/material';
import { LocalesMenuButton, Login } from 'react-admin';
import { LoginForm } from './LoginForm';
import { FocusRing } from '../../components/FocusRing';

// The demo accounts exist only in mock mode: in any other build this folds to null and the
// import (with the demo password) is left out of the bundle.
const DemoAccounts = import.meta.env.MODE === 'mock' ? lazy(() => import('./DemoAccounts')) : null;

/** The sign-in page: react-admin's frame around our form (email, password, the API's answer) and the language menu. */
export function LoginPage() {
  return (
    <Login>
      <FocusRing />
      <LoginForm />
      {/* Before signing in too: a reader of Arabic or Portuguese should not have to sign in in English. */}
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocalesMenuButton />
      </Box>
      {DemoAccounts && (
        <Suspense fallback={null}>
          <DemoAccounts />
        </Suspense>
      )}
    </Login>
  );
}
