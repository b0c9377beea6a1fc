import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { ApiError } from '../../api/api-error';
import { browserTimeZone, formatDate } from '../../format/format';
import { useSession } from '../../session/use-session';
import { TextField } from '../../ui/field';
import { Pending, ProblemMessage } from '../../ui/problem';
import { useLanguage, type Enterprise } from '../enterprise-queries';

const INVITATION_BADGE = {
  pending: 'badge-warn',
  accepted: 'badge-good',
  declined: 'badge-muted',
  revoked: 'badge-muted',
  expired: 'badge-muted',
} as const;

/** Colleagues who may fill the entries too: the members, and (for the admin) invitations to send or revoke. */
export function MembersPanel({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const session = useSession();
  const queryClient = useQueryClient();
  const id = enterprise.id;
  const members = useQuery({
    queryKey: ['enterprise', id, 'members'],
    queryFn: () => unwrap(api.GET('/enterprises/{id}/members', { params: { path: { id } } })),
  });
  const me = members.data?.find((m) => m.userId === session?.user.id);
  const isAdmin = me?.role === 'admin';
  const invitations = useQuery({
    queryKey: ['enterprise', id, 'invitations'],
    queryFn: () => unwrap(api.GET('/enterprises/{id}/invitations', { params: { path: { id } } })),
    enabled: isAdmin,
  });
  const [email, setEmail] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['enterprise', id, 'invitations'] });

  async function invite(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSentTo(null);
    try {
      await unwrap(api.POST('/enterprises/{id}/invitations', { params: { path: { id } }, body: { email } }));
      setSentTo(email);
      setEmail('');
      await refresh();
    } catch (e) {
      setError(e as ApiError);
    }
  }

  async function revoke(invitationId: string) {
    setError(null);
    try {
      await unwrap(
        api.POST('/enterprises/{id}/invitations/{invitationId}/revoke', {
          params: { path: { id, invitationId } },
        }),
      );
      await refresh();
    } catch (e) {
      setError(e as ApiError);
    }
  }

  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('members.title')}</h2>
      <p>{t('members.intro')}</p>
      {members.data ? (
        <ul>
          {members.data.map((m) => (
            <li key={m.userId}>
              {m.displayName} ({m.email}) · {t(`members.role.${m.role}`)}
            </li>
          ))}
        </ul>
      ) : (
        <Pending error={members.error} />
      )}
      {members.data && !isAdmin ? <p className="notice">{t('members.onlyAdmin')}</p> : null}
      {isAdmin ? (
        <>
          <h3>{t('members.inviteTitle')}</h3>
          <ProblemMessage error={error} />
          {sentTo ? (
            <p className="notice" role="status">
              {t('members.sent', { email: sentTo })}
            </p>
          ) : null}
          <form onSubmit={(e) => void invite(e)} noValidate>
            <TextField
              label={t('members.email')}
              help={t('members.emailHelp')}
              name="email"
              type="email"
              error={error}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
            />
            <button type="submit">{t('members.invite')}</button>
          </form>
          <h3>{t('members.invitationsTitle')}</h3>
          {invitations.data?.length === 0 ? <p>{t('members.noInvitations')}</p> : null}
          {invitations.data && invitations.data.length > 0 ? (
            <table className="stack">
              <thead>
                <tr>
                  <th scope="col">{t('members.email')}</th>
                  <th scope="col">{t('members.state')}</th>
                  <th scope="col">{t('members.expires')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('members.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.data.map((i) => (
                  <tr key={i.id}>
                    <td data-label={t('members.email')}>{i.email}</td>
                    <td data-label={t('members.state')}>
                      <span className={`badge ${INVITATION_BADGE[i.status]}`}>
                        {t(`members.status.${i.status}`)}
                      </span>
                    </td>
                    <td data-label={t('members.expires')}>
                      {formatDate(i.expiresAt, browserTimeZone(), language)}
                    </td>
                    <td>
                      {i.status === 'pending' ? (
                        <button type="button" className="danger" onClick={() => void revoke(i.id)}>
                          {t('members.revoke', { email: i.email })}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
