import { useCallback, useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';

export interface Draft {
  values: Record<string, number>;
  comments: Record<string, string>;
}

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown };

/** How long typing may pause before the draft is saved: a judge scoring item after item saves about once. */
const DEBOUNCE_MS = 800;

/**
 * Saves the draft sheet a moment after the judge stops typing (PUT .../sheet), one save at a time and always
 * the latest draft, and says where it stands. `flush` saves now (before submitting); `retry` resends.
 */
export function useSheetAutosave(assignmentId: string, savedAt: string | null) {
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
        const answer = await unwrap(
          api.PUT('/judging/assignments/{assignmentId}/sheet', {
            params: { path: { assignmentId } },
            body: draft,
          }),
        );
        if (!unsaved.current)
          setState({ kind: 'saved', at: new Date(answer.sheet?.updatedAt ?? Date.now()) });
      } catch (error) {
        unsaved.current = true;
        setState({ kind: 'failed', error });
      }
    });
    return chain.current;
  }, [assignmentId]);

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
