import { useCallback, useEffect, useRef, useState } from 'react';

export interface Draft {
  values: Record<string, number>;
  comments: Record<string, string>;
}

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown };

/** Saves a draft and answers with the sheet as stored (its `updatedAt` is the saved time shown). */
export type SaveDraft = (draft: Draft) => Promise<{ sheet?: { updatedAt?: string } | null }>;

/** How long typing may pause before the draft is saved: someone scoring item after item saves about once. */
const DEBOUNCE_MS = 800;

/**
 * Saves the draft sheet a moment after its author stops typing (`save`: a judge's PUT .../sheet, an entrant's
 * PUT .../self-assessment), one save at a time and always the latest draft, and says where it stands. `flush`
 * saves now (before submitting); `retry` resends.
 */
export function useSheetAutosave(save: SaveDraft, savedAt: string | null) {
  const saveRef = useRef(save);
  saveRef.current = save;
  const [state, setState] = useState<SaveState>(
    savedAt ? { kind: 'saved', at: new Date(savedAt) } : { kind: 'idle' },
  );
  const latest = useRef<Draft | null>(null);
  const unsaved = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const saveNow = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      const draft = latest.current;
      if (!draft || !unsaved.current) return;
      unsaved.current = false;
      setState({ kind: 'saving' });
      try {
        const answer = await saveRef.current(draft);
        if (!unsaved.current)
          setState({ kind: 'saved', at: new Date(answer.sheet?.updatedAt ?? Date.now()) });
      } catch (error) {
        unsaved.current = true;
        setState({ kind: 'failed', error });
      }
    });
    return chain.current;
  }, []);

  const schedule = useCallback(
    (draft: Draft) => {
      latest.current = draft;
      unsaved.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS);
    },
    [saveNow],
  );

  // Leaving the page saves what is pending rather than dropping it.
  useEffect(
    () => () => {
      if (unsaved.current) void saveNow();
    },
    [saveNow],
  );

  /** Saves now; resolves true when nothing is left unsaved. */
  const flush = useCallback(async () => {
    await saveNow();
    return !unsaved.current;
  }, [saveNow]);

  return { state, schedule, flush, retry: () => void saveNow() };
}
