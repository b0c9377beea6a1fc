import type { Lang } from '../public/site/site-text';

/** The four pages an emailed link opens. */
export const ACCOUNT_PAGES = [
  'invitation',
  'enterprise-invitation',
  'verify-email',
  'reset-password',
] as const;
export type AccountPage = (typeof ACCOUNT_PAGES)[number];

/**
 * Every word the account pages show, in both languages. `{name}` marks a value the page's script fills in
 * from the link's details (the peek endpoints' answers); the script escapes nothing because it only ever
 * sets `textContent`.
 */
export const ACCOUNT_TEXT = {
  en: {
    titles: {
      invitation: 'Join Care Awards',
      'enterprise-invitation': 'Join an enterprise',
      'verify-email': 'Confirm your email address',
      'reset-password': 'Choose a new password',
    },
    checking: 'Checking the link…',
    invalid:
      'This link is unknown, used, revoked or expired. Ask whoever sent it for a new one, or sign in if you already did what it was for.',
    purpose: {
      invitation:
        '{inviterName} invites you to Care Awards as {role}, with the address {email}. Choose your name and a password to create your account. The invitation is valid until {expiresAt}.',
      'enterprise-invitation':
        'You are invited to join {enterpriseName} as {role}, with the address {email}. Choose your name and a password to create your account. The invitation is valid until {expiresAt}.',
      'enterprise-invitation-existing':
        'You are invited to join {enterpriseName} as {role}. Enter the password of your account {email} to accept. The invitation is valid until {expiresAt}.',
      'verify-email':
        'Confirm that this address is yours to finish your registration; then you can register your enterprise.',
      'reset-password':
        'Choose a new password for {email}. The link is valid until {expiresAt}; every other session of the account is signed out.',
    },
    roles: {
      judge: 'a judge',
      organizer: 'an organizer',
      member: 'a member',
      admin: 'its administrator',
      enterprise: 'enterprise user',
    },
    labels: {
      email: 'Email address',
      displayName: 'Your name, as others see it',
      password: 'Password (at least 12 characters)',
      accountPassword: 'Your account’s password',
      newPassword: 'New password (at least 12 characters)',
      confirm: 'The password again',
    },
    buttons: {
      invitation: 'Create my account',
      'enterprise-invitation': 'Accept and create my account',
      'enterprise-invitation-existing': 'Accept and sign in',
      'verify-email': 'Confirm my address',
      'reset-password': 'Set the new password',
    },
    errors: {
      required: 'Required',
      tooShort: 'At least 12 characters',
      mismatch: 'The two passwords differ',
      network: 'The platform could not be reached. Check your connection and try again.',
    },
    working: 'Working…',
    done: 'Done',
    signedIn: 'Signed in as {displayName} ({email}), {role}.',
    verified: 'Your address {email} is confirmed.',
    secondFactorNext:
      'Your password is changed. Your account signs in with a second factor: sign in with the new password and the code from your authenticator app.',
    sessionKept: 'You stay signed in in this browser tab until you close it.',
    workspace: 'Open your workspace',
    roleNames: { judge: 'judge', organizer: 'organizer', enterprise: 'enterprise user' },
    noScript: 'This page needs JavaScript to talk to the platform.',
  },
  zh: {
    titles: {
      invitation: '加入客户关怀奖',
      'enterprise-invitation': '加入企业',
      'verify-email': '验证邮箱',
      'reset-password': '设置新密码',
    },
    checking: '正在检查链接…',
    invalid: '此链接无效、已使用、已撤销或已过期。请联系发送者重新发送；如果您已完成相应操作，请直接登录。',
    purpose: {
      invitation:
        '{inviterName} 邀请您以{role}身份加入客户关怀奖，邮箱为 {email}。请填写姓名并设置密码以创建账户。邀请有效期至 {expiresAt}。',
      'enterprise-invitation':
        '您受邀以{role}身份加入 {enterpriseName}，邮箱为 {email}。请填写姓名并设置密码以创建账户。邀请有效期至 {expiresAt}。',
      'enterprise-invitation-existing':
        '您受邀以{role}身份加入 {enterpriseName}。请输入账户 {email} 的密码以接受邀请。邀请有效期至 {expiresAt}。',
      'verify-email': '请确认此邮箱属于您，以完成注册；之后即可登记您的企业。',
      'reset-password': '为 {email} 设置新密码。链接有效期至 {expiresAt}；该账户的其他会话将全部退出登录。',
    },
    roles: {
      judge: '评委',
      organizer: '组织方',
      member: '成员',
      admin: '管理员',
      enterprise: '企业用户',
    },
    labels: {
      email: '邮箱',
      displayName: '姓名（其他人可见）',
      password: '密码（至少 12 个字符）',
      accountPassword: '账户密码',
      newPassword: '新密码（至少 12 个字符）',
      confirm: '再次输入密码',
    },
    buttons: {
      invitation: '创建我的账户',
      'enterprise-invitation': '接受并创建账户',
      'enterprise-invitation-existing': '接受并登录',
      'verify-email': '确认我的邮箱',
      'reset-password': '设置新密码',
    },
    errors: {
      required: '必填',
      tooShort: '至少需要 12 个字符',
      mismatch: '两次输入的密码不一致',
      network: '无法连接平台。请检查网络后重试。',
    },
    working: '处理中…',
    done: '完成',
    signedIn: '已登录：{displayName}（{email}），{role}。',
    verified: '您的邮箱 {email} 已验证。',
    secondFactorNext: '密码已更改。您的账户使用两步验证登录：请用新密码和身份验证器应用中的验证码登录。',
    sessionKept: '关闭此浏览器标签页之前，您将保持登录状态。',
    workspace: '进入您的工作台',
    roleNames: { judge: '评委', organizer: '组织方', enterprise: '企业用户' },
    noScript: '此页面需要启用 JavaScript 才能与平台通信。',
  },
} satisfies Record<Lang, unknown>;
