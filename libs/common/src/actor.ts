/** Who is doing something, carried from the HTTP layer into services so that audit rows name them. */
export type Role = 'organizer' | 'enterprise' | 'judge';
export const ROLES: readonly Role[] = ['organizer', 'enterprise', 'judge'];

export interface Actor {
  /** null for an anonymous caller (registration, a failed login). */
  userId: string | null;
  role: Role | null;
  requestId: string | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: null, requestId: null, ip: null };
