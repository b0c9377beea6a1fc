import { html } from '../html';
import { withLang } from './format';
import { sitePage } from './site-layout';
import { Lang, SITE_TEXT } from './site-text';

/**
 * One page for an unknown address and an unannounced one alike: the public learns nothing from it. It is the
 * same whatever the address was, so it names no path.
 */
export function notFoundPage(lang: Lang, what: 'campaign' | 'certificate', baseUrl: string): string {
  const t = SITE_TEXT[lang];
  return sitePage(
    lang,
    { title: t.notFoundTitle, description: t.notFound, path: '/', noindex: true },
    html`<h1>${t.notFoundTitle}</h1>
      <p>${what === 'campaign' ? t.notFound : t.certNotFound}</p>
      <p><a href="${withLang('/', lang)}">${t.home}</a></p>`,
    baseUrl,
  );
}
