import type { IncomingHttpHeaders } from 'node:http';
import { Language } from '@app/common';

/** The language of a tag the platform speaks (`zh`, `zh-CN`, `zh-Hans-CN`, `zh-TW`, `en-GB`, ...), else null. */
function spokenLanguage(tag: string): Language | null {
  const primary = tag.toLowerCase().split('-')[0];
  return primary === 'zh' || primary === 'en' ? primary : null;
}

/**
 * The language to answer in, from an Accept-Language header (RFC 9110 §12.5.4): the platform's language with
 * the highest q-value, the earlier one on a tie; a range with q=0 is refused. Chinese in any script or region
 * is answered in the one Chinese the platform writes. Anything else (no header, `fr`, `*`, garbage) is English,
 * the language every message was first written in.
 */
export function negotiateLanguage(header: string | string[] | undefined): Language {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: { language: Language; q: number } | null = null;
  for (const range of text.slice(0, 1000).split(',')) {
    const [tag, ...params] = range.trim().split(';');
    const language = spokenLanguage(tag.trim());
    if (!language) continue;
    const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { language, q };
  }
  return best?.language ?? 'en';
}

/** The language a request's answer is written in. */
export function requestLanguage(request: { headers?: IncomingHttpHeaders } | undefined): Language {
  return negotiateLanguage(request?.headers?.['accept-language']);
}
