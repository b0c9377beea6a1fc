import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { ApiError } from '../../api/api-error';
import { useSession } from '../../session/use-session';
import { ProblemMessage } from '../../ui/problem';
import { useFreshAccount } from './use-fresh-account';

/** After registering: the link is in the mail; a new one on request; the page notices when it was opened. */
export default function CheckInboxPage() {
  const { t } = useTranslation('enterprise');
  const session = useSession();
  const account = useFreshAccount();
  const [resent, setResent] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const verified = account.data?.emailVerified ?? session?.user.emailVerified;

  async function resend() {
    setBusy(true);
    setError(null);
    setResent(false);
    try {
      await unwrap(api.POST('/auth/verify-email/resend'));
      setResent(true);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  }

  if (verified)
    return (
      <section className="narrow" aria-labelledby="inbox-title">
        <h1 id="inbox-title">{t('inbox.verifiedTitle')}</h1>
        <p className="notice" role="status">
          {t('inbox.verified')}
        </p>
        <p>
          <Link to="/enterprise/profile">{t('inbox.next')}</Link>
        </p>
      </section>
    );

  return (
    <section className="narrow" aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      <p>{t('inbox.sentTo', { email: session?.user.email ?? '' })}</p>
      <ol>
        <li>{t('inbox.step1')}</li>
        <li>{t('inbox.step2')}</li>
        <li>{t('inbox.step3')}</li>
      </ol>
      <ProblemMessage error={error} />
      {resent ? (
        <p className="notice" role="status">
          {t('inbox.resent')}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => void resend()} disabled={busy}>
          {t('inbox.resend')}
        </button>
        <button type="button" className="primary" onClick={() => void account.refetch()}>
          {t('inbox.opened')}
        </button>
      </div>
    </section>
  );
}
