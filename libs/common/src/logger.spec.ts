import { redactUrl } from './logger';

describe('URLs in request logs', () => {
  const token = 'q3W9x1bS0f7Jk2LmN4pR6tV8yA0cE2gI4kM6oQ8sU0w';

  it('hide a reset’s or an invitation’s token in the path, and nothing else', () => {
    expect(redactUrl(`/auth/password-reset/${token}`)).toBe('/auth/password-reset/[redacted]');
    expect(redactUrl(`/auth/password-reset/${token}?x=1`)).toBe('/auth/password-reset/[redacted]?x=1');
    expect(redactUrl(`/auth/invitations/${token}`)).toBe('/auth/invitations/[redacted]');
    expect(redactUrl(`/enterprise-invitations/by-token/${token}`)).toBe(
      '/enterprise-invitations/by-token/[redacted]',
    );
    for (const url of [
      '/auth/password-reset',
      '/auth/password-reset/confirm',
      '/auth/invitations/accept',
      '/auth/login',
      '/campaigns/1',
    ]) {
      expect(redactUrl(url)).toBe(url);
    }
  });

  it('hide the token an emailed link brings to an account page, keeping the other parameters', () => {
    expect(redactUrl(`/account/invitation?token=${token}`)).toBe('/account/invitation?token=[redacted]');
    expect(redactUrl(`/account/verify-email?lang=zh&token=${token}#x`)).toBe(
      '/account/verify-email?lang=zh&token=[redacted]#x',
    );
    expect(redactUrl('/results/x?lang=zh')).toBe('/results/x?lang=zh');
  });
});
