import { negotiateLanguage } from '../http/accept-language';
import { html, Html } from '../public/html';
import { documentOf } from '../public/site/site-layout';
import type { Lang } from '../public/site/site-text';
import { ACCOUNT_TEXT, AccountPage } from './account-text';

/**
 * The page's language: `?lang=` when given, else the first of zh and en the browser prefers (Accept-Language,
 * by its q-values), else English.
 */
export function accountLanguage(query: unknown, acceptLanguage: string | undefined): Lang {
  if (query === 'zh' || query === 'en') return query;
  return negotiateLanguage(acceptLanguage);
}

/** The path of an account page in this language, keeping the link's token. */
export function accountPageHref(page: AccountPage, token: string, lang: Lang): string {
  const query = new URLSearchParams({ ...(token && { token }), lang });
  return `/account/${page}?${query.toString()}`;
}

const STYLE = `
  main { max-width: 30rem; }
  form { display: grid; gap: 1rem; margin: 1.5rem 0; }
  .field { display: grid; gap: .3rem; }
  label { font-weight: 600; }
  input { font: inherit; padding: .65rem .75rem; border: 1px solid #767676; border-radius: .35rem; width: 100%; box-sizing: border-box; min-height: 2.75rem; }
  input[readonly] { background: #f2f2f2; color: #3d3d3d; }
  input:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
  input[aria-invalid="true"] { border-color: #b3261e; }
  .error { color: #b3261e; margin: 0; font-size: .95rem; }
  .error:empty { display: none; }
  button { font: inherit; font-weight: 600; padding: .75rem 1rem; min-height: 2.75rem; border: 0; border-radius: .35rem; background: #0b4f9c; color: #fff; cursor: pointer; }
  button[disabled] { background: #5c7fa8; cursor: progress; }
  p.problem { color: #b3261e; }
  #done { border-left: 4px solid #1e7b34; padding: .25rem 1rem; margin: 1.5rem 0; }
  [hidden] { display: none !important; }
`;

type Field = 'email' | 'displayName' | 'password' | 'confirm';

const FIELDS: Record<AccountPage, Field[]> = {
  invitation: ['email', 'displayName', 'password', 'confirm'],
  'enterprise-invitation': ['email', 'displayName', 'password', 'confirm'],
  'verify-email': [],
  'reset-password': ['email', 'password', 'confirm'],
};

function field(name: Field, page: AccountPage, lang: Lang): Html {
  const t = ACCOUNT_TEXT[lang].labels;
  const label = { email: t.email, displayName: t.displayName, confirm: t.confirm }[name as string];
  const input = {
    email: html`<input id="email" name="email" type="email" autocomplete="username" readonly />`,
    displayName: html`<input
      id="displayName"
      name="displayName"
      autocomplete="name"
      maxlength="200"
      required
      aria-describedby="displayName-error"
    />`,
    password: html`<input
      id="password"
      name="password"
      type="password"
      autocomplete="new-password"
      minlength="12"
      maxlength="200"
      required
      aria-describedby="password-error"
    />`,
    confirm: html`<input
      id="confirm"
      name="confirm"
      type="password"
      autocomplete="new-password"
      minlength="12"
      maxlength="200"
      required
      aria-describedby="confirm-error"
    />`,
  }[name];
  const text = name === 'password' ? (page === 'reset-password' ? t.newPassword : t.password) : label;
  return html`<div class="field" data-field="${name}">
    <label for="${name}" id="${name}-label">${text}</label>
    ${input} ${name === 'email' ? '' : html`<p class="error" id="${name}-error" aria-live="polite"></p>`}
  </div>`;
}

/**
 * The page an emailed link opens. Drawn here with what never depends on the link (titles, labels); the
 * script (/account/account.js, same origin, as the CSP wants) reads the link's details from the JSON API,
 * says what the link is for, sends the form and keeps the session in sessionStorage.
 */
export function accountPage(page: AccountPage, lang: Lang, token: string): string {
  const t = ACCOUNT_TEXT[lang];
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const button = t.buttons[page];
  return documentOf(
    lang,
    `${t.titles[page]} · ${lang === 'zh' ? '客户关怀奖' : 'Care Awards'}`,
    accountPageHref(page, token, other),
    html`<div id="account" data-page="${page}" data-lang="${lang}">
        <h1>${t.titles[page]}</h1>
        <p id="purpose" class="lead" aria-live="polite">${t.checking}</p>
        <noscript><p class="problem">${t.noScript}</p></noscript>
        <form id="account-form" hidden novalidate>
          ${FIELDS[page].map((f) => field(f, page, lang))}
          <p class="error" id="form-error" role="alert"></p>
          <button type="submit" id="submit">${button}</button>
        </form>
        <section id="done" hidden tabindex="-1" aria-labelledby="done-title">
          <h2 id="done-title">${t.done}</h2>
          <p id="done-text"></p>
          <p id="session-note" hidden>${t.sessionKept}</p>
          <p><a class="workspace-link" href="/app/">${t.workspace}</a></p>
        </section>
      </div>
      <script type="application/json" id="account-text">
        ${new Html(JSON.stringify(t).replace(/</g, '\\u003c'))}
      </script>
      <script src="/account/account.js" defer></script>`,
    '',
    STYLE,
  );
}
