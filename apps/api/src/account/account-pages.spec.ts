import { accountLanguage, accountPage, accountPageHref } from './account-pages';

describe('account pages', () => {
  it('takes ?lang= first, then the browser’s preference between zh and en, then English', () => {
    expect(accountLanguage('zh', 'en-US')).toBe('zh');
    expect(accountLanguage('en', 'zh-CN')).toBe('en');
    expect(accountLanguage(undefined, 'zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(accountLanguage(undefined, 'fr-FR,en;q=0.5,zh;q=0.7')).toBe('zh');
    expect(accountLanguage(undefined, 'zh-TW;q=0.4, en-GB')).toBe('en');
    expect(accountLanguage(undefined, 'zh;q=0, en;q=0.1')).toBe('en');
    expect(accountLanguage('fr', 'de')).toBe('en');
    expect(accountLanguage(['zh'], undefined)).toBe('en');
  });

  it('keeps the link’s token in the language switch and escapes whatever the address carried', () => {
    expect(accountPageHref('invitation', 'abc', 'zh')).toBe('/account/invitation?token=abc&lang=zh');
    const page = accountPage('invitation', 'en', '"><script>alert(1)</script>');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain(
      'href="/account/invitation?token=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E&amp;lang=zh"',
    );
    // The texts for the script are JSON that cannot close its script element.
    expect(accountPage('verify-email', 'zh', '')).toMatch(
      /<script type="application\/json" id="account-text">/,
    );
  });

  it('draws the form each link needs, labelled, in the page’s language', () => {
    const reset = accountPage('reset-password', 'zh', 't');
    expect(reset).toContain('<html lang="zh-CN">');
    expect(reset).toContain('<label for="password" id="password-label">新密码（至少 12 个字符）</label>');
    expect(reset).not.toContain('id="displayName"');
    const verify = accountPage('verify-email', 'en', 't');
    expect(verify).not.toContain('type="password"');
    expect(verify).toContain('Confirm my address');
  });
});
