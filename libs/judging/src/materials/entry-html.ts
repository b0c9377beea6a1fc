import type { Localized } from '@app/common';
import type { TableRow } from '@app/entries';
import type { ShownEntry, ShownField } from './shown-entry';

/** What an entrant's `entry.html` in the materials archive says, and where its files are in the folder. */
export interface EntryPage {
  enterpriseName: string;
  roundName: string;
  entry: ShownEntry | null;
  /** Document id -> its path relative to the entrant's folder. */
  documentPaths: ReadonlyMap<string, string>;
  /** The judges' attachments in the folder, without judges' names. */
  attachments: { slot: Localized; fileName: string; path: string }[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value: nothing an entrant typed can become markup. */
export const escapeHtml = (text: string | number): string =>
  String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** A relative path as a link target, each segment percent-encoded (a `#` or `?` in a name stays a name). */
const href = (path: string) => path.split('/').map(encodeURIComponent).join('/');

const both = (l: Localized) =>
  l.en === l.zh
    ? `<span lang="en">${escapeHtml(l.en)}</span>`
    : `<span lang="en">${escapeHtml(l.en)}</span> / <span lang="zh">${escapeHtml(l.zh)}</span>`;

function answerHtml(field: ShownField, paths: ReadonlyMap<string, string>): string {
  if (field.answer === null) return '<p class="empty">—</p>';
  if (field.type === 'file') {
    const items = (field.documents ?? []).map((d) => {
      const path = paths.get(d.id);
      const name = escapeHtml(d.fileName);
      return `<li>${path ? `<a href="${escapeHtml(href(path))}">${name}</a>` : name} <small>(${escapeHtml(d.mediaType)}, ${d.sizeBytes} bytes, SHA-256 ${escapeHtml(d.sha256)})</small></li>`;
    });
    return `<ul>${items.join('')}</ul>`;
  }
  if (field.type === 'table') {
    const columns = field.columns ?? [];
    const head = columns.map((c) => `<th>${both(c.label)}</th>`).join('');
    const rows = (field.answer as TableRow[])
      .map((row) => `<tr>${columns.map((c) => `<td>${escapeHtml(row[c.key] ?? '')}</td>`).join('')}</tr>`)
      .join('');
    return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  }
  const { en, zh } = field.text;
  const text =
    en === zh || zh === null ? escapeHtml(en ?? '') : `${escapeHtml(en ?? '')} / ${escapeHtml(zh)}`;
  return `<p class="answer">${text}</p>`;
}

/**
 * An entry as a self-contained page, labels in English and Chinese, for reading offline beside its files:
 * every text is escaped, the page runs no script and loads nothing (its own CSP says so), and its links point
 * only into its own folder.
 */
export function entryHtml(page: EntryPage): string {
  const sections = (page.entry?.sections ?? []).map((s) => {
    const fields = s.fields.map(
      (f) =>
        `<div class="field"><h3>${both(f.label)}${f.required ? ' *' : ''}</h3>` +
        (f.help ? `<p class="help">${both(f.help)}</p>` : '') +
        answerHtml(f, page.documentPaths) +
        '</div>',
    );
    return (
      `<section><h2>${both(s.title)}</h2>` +
      (s.description ? `<p class="help">${both(s.description)}</p>` : '') +
      `${fields.join('')}</section>`
    );
  });
  const attachments =
    page.attachments.length === 0
      ? ''
      : `<section><h2>${both({ en: 'Judges’ attachments', zh: '评审附件' })}</h2><ul>${page.attachments
          .map(
            (a) =>
              `<li>${both(a.slot)}: <a href="${escapeHtml(href(a.path))}">${escapeHtml(a.fileName)}</a></li>`,
          )
          .join('')}</ul></section>`;
  const noEntry = page.entry
    ? ''
    : `<p class="empty">${both({ en: 'No entry form answers', zh: '没有申报表内容' })}</p>`;
  const state = page.entry
    ? `<p>${both({ en: 'Entry form', zh: '申报表' })}: ${escapeHtml(page.entry.formKey)} v${page.entry.formVersion} (${escapeHtml(page.entry.state)})</p>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(page.enterpriseName)} — ${escapeHtml(page.roundName)}</title>
<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}.help{color:#555}.empty{color:#999}.answer{white-space:pre-wrap}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style>
</head>
<body>
<h1>${escapeHtml(page.enterpriseName)}</h1>
<p>${escapeHtml(page.roundName)}</p>
${state}${noEntry}${sections.join('\n')}
${attachments}
</body>
</html>
`;
}
