import { api } from '../api/client';
import type { Language } from '../i18n/i18n';
import { readSession, updateSessionUser } from './session-store';

/** A save unanswered by then is given up, so that a lost request cannot hold back every later choice. */
const SAVE_TIMEOUT_MS = 10_000;

/**
 * The signed-in person's language choices, kept on their account one save at a time: two saves on their way
 * together may be applied in either order, and a quick switch to Chinese and back could leave the account in
 * Chinese while the page shows English. While one is on its way, only the latest choice waits (toggling ten
 * times sends two saves, not ten), and it is sent once the first is answered or given up. A given-up save may
 * still land after the next; only then can the order be lost.
 */
let saving = false;
/** The choice waiting to be sent, with the account it was made on. */
let waiting: { language: Language; userId: string } | null = null;

/**
 * Keeps the choice on the signed-in person's account, where their email and their next sign-in on another
 * device read it. A failure to save leaves the page as it is; a choice still waiting when its person signs out
 * is dropped rather than sent with the next person's token.
 */
export function saveLanguage(language: Language): void {
  const userId = readSession()?.user.id;
  if (!userId) return;
  waiting = { language, userId };
  if (!saving) void sendWaiting();
}

async function sendWaiting(): Promise<void> {
  saving = true;
  try {
    while (waiting) {
      const choice = waiting;
      waiting = null;
      if (readSession()?.user.id !== choice.userId) continue;
      try {
        const { data } = await api.PATCH('/auth/me', {
          body: { language: choice.language },
          signal: AbortSignal.timeout(SAVE_TIMEOUT_MS),
        });
        if (data && readSession()?.user.id === data.id) updateSessionUser(data);
      } catch {
        // Given up or refused: the page stays in the language chosen.
      }
    }
  } finally {
    saving = false;
  }
}
