import type { components } from '../api/schema';

export type SessionUser = components['schemas']['UserResponseDto'];
export type Role = SessionUser['role'];

/** The same key and shape the emailed account pages write, so accepting an invitation lands here signed in. */
const KEY = 'care-awards.session';

export interface Session {
  accessToken: string;
  tokenType: string;
  /** Milliseconds since the epoch; the account pages write an ISO date, which readSession also takes. */
  expiresAt: number | string;
  user: SessionUser;
}

type Listener = (session: Session | null, reason?: 'expired') => void;
const listeners = new Set<Listener>();

/**
 * The session lives in this tab's sessionStorage: closing the tab signs out, and no other site's page can
 * read it (the CSP allows scripts from this origin only).
 */
export function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (typeof session.accessToken !== 'string' || !session.user) return null;
    const expiresAt =
      typeof session.expiresAt === 'number' ? session.expiresAt : Date.parse(session.expiresAt);
    if (!Number.isFinite(expiresAt) || expiresAt <= Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

export function saveSession(answer: {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  user: SessionUser;
}): Session {
  const session: Session = {
    accessToken: answer.accessToken,
    tokenType: answer.tokenType,
    expiresAt: Date.now() + answer.expiresIn * 1000,
    user: answer.user,
  };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  for (const l of listeners) l(session);
  return session;
}

export function updateSessionUser(user: SessionUser): void {
  const session = readSession();
  if (!session) return;
  const next = { ...session, user };
  sessionStorage.setItem(KEY, JSON.stringify(next));
  for (const l of listeners) l(next);
}

export function signOut(reason?: 'expired'): void {
  sessionStorage.removeItem(KEY);
  for (const l of listeners) l(null, reason);
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
