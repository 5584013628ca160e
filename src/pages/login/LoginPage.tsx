/// <reference types="vite/client" />
// (tests/ type-check this page under the node project, which lacks Vite's types.)
import { lazy, Suspense } from 'react';
import { Login } from 'react-admin';
import { LoginForm } from './LoginForm';

// The demo accounts exist only in mock mode: in any other build this folds to null and the
// import (with the demo password) is left out of the bundle.
const DemoAccounts = import.meta.env.MODE === 'mock' ? lazy(() => import('./DemoAccounts')) : null;

/** The sign-in page: react-admin's frame around our form (email, password, the API's answer). */
export function LoginPage() {
  return (
    <Login>
      <LoginForm />
      {DemoAccounts && (
        <Suspense fallback={null}>
          <DemoAccounts />
        </Suspense>
      )}
    </Login>
  );
}
