import type { Publication } from '@app/awards';
import { html, Html } from '../html';
import { nameIn } from './format';
import { Lang, SITE_TEXT } from './site-text';

/**
 * The enterprise search: a plain GET form, so it works without a script and every search has its own address.
 * The industry list is the campaign's, in the reader's language.
 */
export function searchForm(p: Publication, lang: Lang, query = '', industry: string | null = null): Html {
  const t = SITE_TEXT[lang];
  return html`<form class="search" role="search" method="get" action="/results/${p.campaign.slug}/search">
    <label
      >${t.searchLabel}
      <input type="search" name="q" value="${query}" maxlength="100" autocomplete="off" />
    </label>
    <label
      >${t.industryFilter}
      <select name="industry">
        <option value="">${t.allIndustries}</option>
        ${p.industries.map(
          (i) =>
            html`<option value="${i.code}" ${i.code === industry ? new Html('selected') : ''}>
              ${nameIn(lang, i.name, i.nameZh)}
            </option>`,
        )}
      </select>
    </label>
    ${lang === 'zh' ? html`<input type="hidden" name="lang" value="zh" />` : ''}
    <button type="submit">${t.searchButton}</button>
  </form>`;
}
