import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { ApiError } from '../../api/api-error';
import { saveSession } from '../../session/session-store';
import { useSession } from '../../session/use-session';
import { TextField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';

/** A new enterprise contact's account: name, address, password; then the mailed link confirms the address. */
export default function RegisterPage() {
  const { t } = useTranslation('enterprise');
  const navigate = useNavigate();
  const session = useSession();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const registration = useMutation({
    mutationFn: () => unwrap(api.POST('/auth/register', { body: { displayName, email, password } })),
    onSuccess: (signedIn) => {
      saveSession(signedIn);
      void navigate('/enterprise/check-inbox', { replace: true });
    },
  });
  const error = registration.error as ApiError | null;
  const busy = registration.isPending;

  // Someone already signed in has nothing to register; once this page registers, it leads on itself.
  if (session && registration.isIdle) return <Navigate to="/enterprise" replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    registration.mutate();
  }

  return (
    <section className="narrow" aria-labelledby="register-title">
      <h1 id="register-title">{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <ProblemMessage error={error} />
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('register.displayName')}
          help={t('register.displayNameHelp')}
          name="displayName"
          error={error}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          autoComplete="name"
          required
        />
        <TextField
          label={t('register.email')}
          help={t('register.emailHelp')}
          name="email"
          type="email"
          error={error}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="email"
          required
        />
        <TextField
          label={t('register.password')}
          help={t('register.passwordHelp')}
          name="password"
          type="password"
          error={error}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
          required
        />
        <button type="submit" className="primary" disabled={busy || registration.isSuccess}>
          {busy ? t('register.sending') : t('register.submit')}
        </button>
      </form>
      <p>
        <a href="/app/sign-in">{t('register.haveAccount')}</a>
      </p>
    </section>
  );
}
