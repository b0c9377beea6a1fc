import { DomainError } from '@app/common';

/** Refusals of the password-reset and two-factor flows, in both languages the platform speaks. */
export const CredentialErrors = {
  resetNotFound: () =>
    new DomainError('not-found', 'PASSWORD_RESET_NOT_FOUND', {
      en: 'This password reset link is unknown, already used or expired; ask for a new one',
      zh: '此密码重置链接无效、已使用或已过期，请重新申请',
    }),
  twoFactorAlreadyEnabled: () =>
    new DomainError('conflict', 'TWO_FACTOR_ALREADY_ENABLED', {
      en: 'Two-factor sign-in is already enabled; disable it first to enrol another authenticator',
      zh: '双重验证登录已启用；如需绑定其他验证器，请先停用',
    }),
  twoFactorNotSetUp: () =>
    new DomainError('conflict', 'TWO_FACTOR_NOT_SET_UP', {
      en: 'Start with POST /auth/two-factor/setup: there is no authenticator waiting to be confirmed',
      zh: '没有待确认的验证器，请先调用 POST /auth/two-factor/setup',
    }),
  twoFactorNotEnabled: () =>
    new DomainError('conflict', 'TWO_FACTOR_NOT_ENABLED', {
      en: 'Two-factor sign-in is not enabled for this account',
      zh: '此账户未启用双重验证登录',
    }),
  invalidCode: (field: 'code' | 'recoveryCode' = 'code') =>
    new DomainError(
      'invalid',
      'INVALID_TWO_FACTOR_CODE',
      {
        en: 'The code is wrong, expired or already used',
        zh: '验证码错误、已过期或已被使用',
      },
      [
        {
          field,
          message:
            field === 'code'
              ? {
                  en: 'is not the current code of your authenticator (each code is accepted once)',
                  zh: '不是验证器当前显示的验证码（每个验证码只能使用一次）',
                }
              : { en: 'is not one of your unused recovery codes', zh: '不是您未使用的恢复码' },
        },
      ],
    ),
  wrongPassword: () =>
    new DomainError('invalid', 'WRONG_CURRENT_PASSWORD', { en: 'The password is wrong', zh: '密码错误' }, [
      { field: 'password', message: { en: 'is not your current password', zh: '不是您当前的密码' } },
    ]),
  invalidChallenge: () =>
    new DomainError('unauthorized', 'INVALID_TWO_FACTOR_CHALLENGE', {
      en: 'The sign-in challenge is invalid or expired (it lasts 5 minutes); sign in again with your password',
      zh: '登录验证请求无效或已过期（有效期 5 分钟），请重新使用密码登录',
    }),
  twoFactorRequired: (campaigns: string[]) =>
    new DomainError('forbidden', 'TWO_FACTOR_REQUIRED', {
      en:
        `${campaigns.join(', ')} requires judges to sign in with a second factor: enable two-factor sign-in ` +
        '(POST /auth/two-factor/setup, then /auth/two-factor/enable) and sign in again with a code',
      zh:
        `${campaigns.join('、')} 要求评委使用双重验证登录：请启用双重验证（POST /auth/two-factor/setup，` +
        '然后 /auth/two-factor/enable），再使用验证码重新登录',
    }),
};
