import { useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify, useRemoveFromStore, useStore } from 'react-admin';
import { THEMES, type ThemeChoice } from '../domain';
import { API_URL, httpClient } from '../providers/dataProvider';
import type { SignedInUser } from '../providers/authProvider';
import { useSignedInUser } from './useSignedInUser';

/** react-admin's store key for the theme: absent, its ThemeProvider follows the system. */
const THEME_KEY = 'theme';
const asChoice = (value: unknown): ThemeChoice | null => (THEMES.includes(value as ThemeChoice) ? (value as ThemeChoice) : null);
/** The react-query key of what the server holds for a user. */
const savedThemeKey = (userId: number) => ['preferences', 'theme', userId];

async function saveTheme(theme: ThemeChoice | null): Promise<ThemeChoice | null> {
  const { json } = await httpClient(`${API_URL}/auth/preferences`, { method: 'PUT', body: JSON.stringify({ theme }) });
  return asChoice((json as SignedInUser).theme);
}

function ThemeSync({ user }: { user: SignedInUser }) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [stored, store] = useStore<ThemeChoice | undefined>(THEME_KEY);
  const removeFromStore = useRemoveFromStore();
  // What the server holds as far as this page knows: the sign-in's answer, then each save's
  // (the page remounts on a change of language, and must not go back to the sign-in's).
  const { data: saved } = useQuery({
    queryKey: savedThemeKey(user.id),
    queryFn: async () => asChoice((await httpClient(`${API_URL}/auth/me`)).json.theme),
    initialData: asChoice(user.theme),
    staleTime: Infinity,
  });
  const last = useRef<{ chosen: ThemeChoice | null; saved: ThemeChoice | null } | null>(null);
  const saves = useRef(0);

  useEffect(() => {
    const chosen = asChoice(stored);
    const before = last.current;
    last.current = { chosen, saved };
    if (chosen === saved) return;
    if (!before || before.saved !== saved) {
      // Signed in, the page opened, or the server answered anew: the saved choice wins over
      // what this browser held (none: the store forgets it and the system decides).
      if (saved) store(saved);
      else removeFromStore(THEME_KEY);
      return;
    }
    if (before.chosen === chosen) return;
    // The user chose (the toggle): saved, and only the latest save's answer is kept.
    const save = ++saves.current;
    saveTheme(chosen).then(
      (theme) => save === saves.current && queryClient.setQueryData(savedThemeKey(user.id), theme),
      () => notify('app.theme.notSaved', { type: 'error' }),
    );
  }, [stored, saved, store, removeFromStore, queryClient, notify, user.id]);
  return null;
}

/**
 * The signed-in user's theme, remembered on the server (decision 036): the one they saved is
 * applied when they sign in, on any browser (none: react-admin follows the system), and a
 * choice made with the app bar's toggle is saved. Renders nothing.
 */
export function ThemePreference() {
  const { user } = useSignedInUser();
  return user ? <ThemeSync key={user.id} user={user} /> : null;
}
