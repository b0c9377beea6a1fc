import { redactUrl } from './logger';

describe('URLs in request logs', () => {
  it('hide a password-reset token in the path, and nothing else', () => {
    const token = 'q3W9x1bS0f7Jk2LmN4pR6tV8yA0cE2gI4kM6oQ8sU0w';
    expect(redactUrl(`/auth/password-reset/${token}`)).toBe('/auth/password-reset/[redacted]');
    expect(redactUrl(`/auth/password-reset/${token}?x=1`)).toBe('/auth/password-reset/[redacted]?x=1');
    for (const url of [
      '/auth/password-reset',
      '/auth/password-reset/confirm',
      '/auth/login',
      '/campaigns/1',
    ]) {
      expect(redactUrl(url)).toBe(url);
    }
  });
});
