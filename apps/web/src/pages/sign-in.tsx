import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { chooseLanguage } from '../i18n/i18n';
import type { ApiError } from '../api/api-error';
import type { components } from '../api/schema';
import { ROLE_HOME } from '../session/require-role';
import { saveSession } from '../session/session-store';
import { useSession } from '../session/use-session';
import { TextField } from '../ui/field';
import { ProblemMessage } from '../ui/problem';

type SignedIn = components['schemas']['AccessTokenResponseDto'];

/** Email and password, then the authenticator code when the account has two-factor sign-in. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [challenge, setChallenge] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  if (session) return <Navigate to={from ?? ROLE_HOME[session.user.role]} replace />;

  const land = (answer: SignedIn) => {
    const next = saveSession(answer);
    // The account's own choice of language, made here or in an email's page, wins over the browser's.
    if (next.user.language) chooseLanguage(next.user.language);
    void navigate(from ?? ROLE_HOME[next.user.role], { replace: true });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (challenge) {
        const recovery = !/^\d{6}$/.test(code.trim());
        land(
          await unwrap(
            api.POST('/auth/login/two-factor', {
              body: recovery ? { challenge, recoveryCode: code.trim() } : { challenge, code: code.trim() },
            }),
          ),
        );
      } else {
        const answer = await unwrap(api.POST('/auth/login', { body: { email, password } }));
        if ('twoFactorRequired' in answer) setChallenge(answer.challenge);
        else land(answer);
      }
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signInPage.title')}</h1>
      <ProblemMessage error={error} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        {challenge ? (
          <TextField
            label={t('signInPage.code')}
            help={t('signInPage.codeHelp')}
            name="code"
            error={error}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="one-time-code"
            inputMode="text"
            required
            autoFocus
          />
        ) : (
          <>
            <TextField
              label={t('signInPage.email')}
              name="email"
              type="email"
              error={error}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="username"
              required
            />
            <TextField
              label={t('signInPage.password')}
              name="password"
              type="password"
              error={error}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              required
            />
          </>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('loading') : t('signInPage.submit')}
        </button>
      </form>
      <p>
        <a href="/app/forgot-password">{t('signInPage.forgot')}</a>
      </p>
      <p>
        <a href="/app/register">{t('signInPage.register')}</a>
      </p>
    </section>
  );
}
