import type { CertificateContent } from '@app/awards';
import { certificateNames, withYear } from './certificate-text';
import { html, Html } from './html';
import { wrapText } from './text-fit';

/** English, Chinese, or (when none is asked for) both. */
export type BadgeLang = 'en' | 'zh' | 'both';

export const BADGE_SIZE = { width: 240, height: 96 };

const NAVY = '#1d2b4f';
const GOLD = '#a8842c';
const GREY = '#5a6272';

/** The viewer's own fonts, Chinese ones included: an image on another site cannot load ours. */
const FONTS =
  "'Noto Sans SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC'," +
  "'WenQuanYi Zen Hei',system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif";

/** Where the words go: right of the medal, inside the border. */
const TEXT = { x: 70, width: 160 };

interface Line {
  text: string;
  size: number;
  color: string;
  bold?: boolean;
  spacing?: number;
  /** Space above the line's baseline: its size plus this. */
  lead: number;
}

/** A five-pointed star's outline around (cx, cy), rounded so the same badge is always the same bytes. */
function star(cx: number, cy: number, outer: number, inner: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    return `${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`;
  });
  return points.join(' ');
}

const medal = html`<path d="M30 52 22 84l8-5 5 7 5-28Z" fill="${NAVY}" />
  <path d="M46 52l8 32-8-5-5 7-5-28Z" fill="${NAVY}" />
  <circle cx="38" cy="40" r="21" fill="${GOLD}" />
  <circle cx="38" cy="40" r="16.5" fill="none" stroke="#fff" stroke-opacity=".7" />
  <polygon points="${star(38, 40.5, 10, 4.2)}" fill="#fff" />`;

/**
 * Up to `maxLines` lines of `text` at the largest size from `sizes` at which it fits whole (else the smallest,
 * ending in an ellipsis). `lead` is the space above the first line and `gap` above the others.
 */
function block(
  text: string,
  sizes: [number, number],
  maxLines: number,
  style: { color: string; bold?: boolean; lead: number; gap?: number },
): Line[] {
  const [max, min] = sizes;
  let size = max;
  let wrapped = wrapText(text, size, TEXT.width, maxLines, style.bold);
  while (size > min && wrapped.at(-1)?.endsWith('…') && !text.trimEnd().endsWith('…')) {
    size = Math.max(min, size - 0.5);
    wrapped = wrapText(text, size, TEXT.width, maxLines, style.bold);
  }
  return wrapped.map((t, i) => ({ ...style, text: t, size, lead: i === 0 ? style.lead : (style.gap ?? 3) }));
}

/** The badge's lines in one language or both, each fitted to the width. */
function lines(c: CertificateContent, lang: BadgeLang): Line[] {
  const n = certificateNames(c);
  const where = (l: 'zh' | 'en') => n.industry?.[l] ?? withYear(n.campaign[l], n.year, l);
  const eyebrow = (text: string): Line => ({
    text,
    size: 9.5,
    color: GOLD,
    bold: true,
    spacing: 0.8,
    lead: 8,
  });
  const verify = (label: string): Line => ({ text: `${label} ${c.code}`, size: 7.5, color: GREY, lead: 0 });
  if (lang === 'both') {
    const place =
      n.industry && n.industry.zh !== n.industry.en ? `${where('zh')} · ${where('en')}` : where('en');
    return [
      eyebrow(`获奖 WINNER · ${n.year}`),
      // A category without a Chinese name is said once, on up to two lines.
      ...block(n.category.zh, [13, 11], n.category.zh === n.category.en ? 2 : 1, {
        color: NAVY,
        bold: true,
        lead: 6,
      }),
      ...(n.category.zh === n.category.en
        ? []
        : block(n.category.en, [10, 8], 1, { color: NAVY, bold: true, lead: 4 })),
      ...block(place, [9, 8], 1, { color: GREY, lead: 5 }),
      verify('验证 Verify'),
    ];
  }
  const category = block(n.category[lang], lang === 'zh' ? [14, 12] : [13, 11], 2, {
    color: NAVY,
    bold: true,
    lead: 6,
  });
  if (category.length === 1) category[0].lead = 9;
  return [
    eyebrow(lang === 'zh' ? `获奖 · ${n.year}年度` : `WINNER · ${n.year}`),
    ...category,
    ...block(where(lang), [10, 8.5], 1, { color: GREY, lead: category.length === 1 ? 8 : 5 }),
    verify(lang === 'zh' ? '验证' : 'Verify'),
  ];
}

/** Baselines from the top; the code's line sits on the bottom edge whatever the others take. */
function placed(all: Line[]): Html[] {
  const last = all.length - 1;
  let y = 4;
  return all.map((l, i) => {
    y = i === last ? BADGE_SIZE.height - 10 : y + l.size + l.lead;
    return html`<text
      x="${TEXT.x}"
      y="${y.toFixed(1)}"
      font-size="${l.size}"
      fill="${l.color}"
      ${l.bold ? new Html('font-weight="700"') : ''}
      ${l.spacing ? new Html(`letter-spacing="${l.spacing}"`) : ''}
      >${l.text}</text
    >`;
  });
}

/** The badge's accessible name: everything it says, and who won. */
function title(c: CertificateContent, lang: BadgeLang): string {
  const n = certificateNames(c);
  const en = `${withYear(n.campaign.en, n.year, 'en')} winner: ${n.enterprise.en}, ${n.category.en}${
    n.industry ? `, ${n.industry.en}` : ''
  }. Certificate ${c.code}`;
  const campaignZh = withYear(n.campaign.zh, n.year, 'zh');
  // An English name standing in for a Chinese one is kept apart from the Chinese words after it.
  const zh = `${campaignZh}${/[\x21-\x7e]$/.test(campaignZh) ? ' ' : ''}获奖企业：${n.enterprise.zh}，${n.category.zh}${
    n.industry ? `，${n.industry.zh}` : ''
  }。证书编号 ${c.code}`;
  return lang === 'en' ? en : lang === 'zh' ? zh : `${zh} / ${en}`;
}

/**
 * A winner's badge for its own website: an SVG of 240 x 96 saying the award, its year and the certificate's
 * code, linked to the verification page (the link works when the SVG is opened itself; a page embedding it as
 * an image wraps it in its own link). Every name is escaped: they come from enterprises.
 */
export function winnerBadge(content: CertificateContent, verificationUrl: string, lang: BadgeLang): string {
  const { width, height } = BADGE_SIZE;
  const clip = `care-awards-badge-${content.code}`;
  const htmlLang = lang === 'en' ? 'en' : 'zh-CN';
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    width="${width}"
    height="${height}"
    viewBox="0 0 ${width} ${height}"
    role="img"
    lang="${htmlLang}"
    aria-labelledby="${clip}-title"
  >
    <title id="${clip}-title">${title(content, lang)}</title>
    <defs>
      <clipPath id="${clip}-text">
        <rect x="${TEXT.x - 2}" y="3" width="${TEXT.width + 6}" height="${height - 6}" />
      </clipPath>
    </defs>
    <a href="${verificationUrl}" xlink:href="${verificationUrl}" target="_top">
      <rect
        x=".75"
        y=".75"
        width="${width - 1.5}"
        height="${height - 1.5}"
        rx="8"
        fill="#fffdf7"
        stroke="${GOLD}"
        stroke-width="1.5"
      />
      ${medal}
      <g clip-path="url(#${clip}-text)" font-family="${new Html(FONTS)}">${placed(lines(content, lang))}</g>
    </a>
  </svg>`.text
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim();
}
