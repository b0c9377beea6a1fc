import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { chooseLanguage, currentLanguage, type Language } from '../i18n/i18n';
import { saveLanguage } from '../session/language-saves';
import { signOut } from '../session/session-store';
import { useSession } from '../session/use-session';

/** Switches the page at once and, for a signed-in person, keeps the choice on the account. */
function switchLanguage(language: Language): void {
  chooseLanguage(language);
  saveLanguage(language);
}

export interface NavItem {
  to: string;
  label: string;
}

/**
 * Every workspace page's frame: a skip link, the product name, the workspace's navigation, the language
 * switch and the person's name; the page itself in <main>.
 */
export function Layout({ nav = [], children }: { nav?: NavItem[]; children?: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const language = currentLanguage();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">{t('appName')}</div>
        {nav.length > 0 ? (
          <nav aria-label={t('nav.main')}>
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="header-tools">
          <label className="language-switch">
            <span className="visually-hidden">{t('language')}</span>
            <select
              value={language}
              onChange={(e) => switchLanguage(e.target.value as Language)}
              aria-label={t('language')}
            >
              <option value="zh" lang="zh-CN">
                中文
              </option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </label>
          {session ? (
            <>
              <span className="who">
                {t('signedInAs', { name: session.user.displayName })} · {t(`roles.${session.user.role}`)}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  signOut();
                  void navigate('/sign-in');
                }}
              >
                {t('signOut')}
              </button>
            </>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children ?? <Outlet />}
      </main>
    </>
  );
}
