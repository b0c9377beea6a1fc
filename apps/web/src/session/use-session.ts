import { useEffect, useState } from 'react';
import { onSessionChange, readSession, type Session } from './session-store';

/** The signed-in person (or null), re-rendering when they sign in or out in this tab. */
export function useSession(): Session | null {
  const [session, setSession] = useState(readSession);
  useEffect(() => onSessionChange((next) => setSession(next)), []);
  return session;
}
