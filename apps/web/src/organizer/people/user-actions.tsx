import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ProblemMessage } from '../../ui/problem';

type User = components['schemas']['UserResponseDto'];
type Change = { kind: 'status'; status: User['status'] } | { kind: 'role'; role: 'organizer' | 'judge' };

/** Disable, enable or move a staff account between judge and organizer, each after a confirmation step. */
export function UserActions({ user }: { user: User }) {
  const { t } = useTranslation('organizerJudging');
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Change | null>(null);
  const apply = useMutation({
    mutationFn: (change: Change) =>
      change.kind === 'status'
        ? unwrap(
            api.PATCH('/users/{id}/status', {
              params: { path: { id: user.id } },
              body: { status: change.status },
            }),
          )
        : unwrap(
            api.PATCH('/users/{id}/role', { params: { path: { id: user.id } }, body: { role: change.role } }),
          ),
    onSuccess: async () => {
      setPending(null);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const offers: Change[] = [
    { kind: 'status', status: user.status === 'active' ? 'disabled' : 'active' },
    ...(user.role === 'judge' ? [{ kind: 'role', role: 'organizer' } as const] : []),
    ...(user.role === 'organizer' ? [{ kind: 'role', role: 'judge' } as const] : []),
  ];
  const label = (c: Change) =>
    c.kind === 'status' ? t(`people.users.make.${c.status}`) : t(`people.users.make.${c.role}`);
  if (pending)
    return (
      <div role="group" aria-label={t('people.users.confirmLabel', { name: user.displayName })}>
        <p>{t('people.users.confirm', { action: label(pending), name: user.displayName })}</p>
        <ProblemMessage error={apply.error} />
        <div className="actions">
          <button
            type="button"
            className="danger"
            onClick={() => apply.mutate(pending)}
            disabled={apply.isPending}
          >
            {t('confirm', { ns: 'common' })}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t('cancel', { ns: 'common' })}
          </button>
        </div>
      </div>
    );
  return (
    <div className="actions">
      {offers.map((c) => (
        <button
          key={label(c)}
          type="button"
          aria-label={`${label(c)}: ${user.displayName}`}
          onClick={() => setPending(c)}
        >
          {label(c)}
        </button>
      ))}
    </div>
  );
}
