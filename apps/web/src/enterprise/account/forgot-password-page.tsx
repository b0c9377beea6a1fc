import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { ApiError } from '../../api/api-error';
import { TextField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';

/**
 * Asks for a reset link. The answer is the same whether the address has an account or not, so the page
 * cannot be used to learn who is registered.
 */
export default function ForgotPasswordPage() {
  const { t } = useTranslation('enterprise');
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: () => unwrap(api.POST('/auth/password-reset', { body: { email } })),
  });
  const error = request.error as ApiError | null;
  const sent = request.isSuccess;

  function submit(event: FormEvent) {
    event.preventDefault();
    request.mutate();
  }

  return (
    <section className="narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('forgot.title')}</h1>
      {sent ? (
        <p className="notice" role="status">
          {t('forgot.sent', { email })}
        </p>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <ProblemMessage error={error} />
          <form onSubmit={submit} noValidate>
            <TextField
              label={t('register.email')}
              name="email"
              type="email"
              error={error}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="email"
              required
            />
            <button type="submit" className="primary" disabled={request.isPending}>
              {t('forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p>
        <a href="/app/sign-in">{t('forgot.backToSignIn')}</a>
      </p>
    </section>
  );
}
