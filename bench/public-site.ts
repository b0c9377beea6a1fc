/**
 * The pure parts of the public benchmark: summarising rounds, finding a page's links, naming a page's kind, and
 * keeping the heaviest page of each kind against the budget.
 */

/** The median of at least three rounds, with the range, so one lucky or unlucky round shows as such. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: number[]): Spread {
  if (values.length === 0) throw new Error('no rounds to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Within the targets: at least 0.8 of the floor's throughput, and p99 under 50 ms (both medians). */
export const TARGETS = { ratio: 0.8, p99Ms: 50 } as const;

export function meetsTargets(ratio: Spread, p99Ms: Spread): boolean {
  return ratio.median >= TARGETS.ratio && p99Ms.median < TARGETS.p99Ms;
}

/** The largest any public page may weigh as it travels (gzip, which every client speaks). */
export const PAGE_BUDGET_BYTES = 100 * 1000;

/**
 * The same-origin addresses a page links to (`<a href>`) under /results/ or /certificates/, or the home page,
 * as absolute URLs without their fragment, each once.
 */
export function publicLinks(html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const found = new Set<string>();
  for (const [, double, single] of html.matchAll(/<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const href = (double ?? single).replace(/&amp;/g, '&');
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    url.hash = '';
    if (url.origin !== origin) continue;
    if (url.pathname === '/' || /^\/(results|certificates)\//.test(url.pathname)) found.add(url.toString());
  }
  return [...found];
}

export type PageKind =
  | 'home'
  | 'campaign'
  | 'industry'
  | 'enterprise'
  | 'methodology'
  | 'search'
  | 'certificate'
  /** Open data, certificate PDFs and badges: downloads, not pages, so outside the page budget. */
  | 'download'
  | 'other';

export const PAGE_KINDS: PageKind[] = [
  'home',
  'campaign',
  'industry',
  'enterprise',
  'methodology',
  'search',
  'certificate',
];

export function pageKind(url: string): PageKind {
  const path = new URL(url).pathname;
  if (path === '/') return 'home';
  if (/^\/results\/[^/]+\/figures\.(csv|json)$/.test(path)) return 'download';
  if (/^\/certificates\/[^/]+(\.pdf|\/badge\.svg)$/.test(path)) return 'download';
  if (/^\/certificates\/[^/]+$/.test(path)) return 'certificate';
  const m = /^\/results\/[^/]+(?:\/([^/]+)(?:\/[^/]+)?)?$/.exec(path);
  if (!m) return 'other';
  const section = m[1];
  if (section === undefined) return 'campaign';
  if (section === 'industries') return 'industry';
  if (section === 'enterprises') return 'enterprise';
  if (section === 'methodology') return 'methodology';
  if (section === 'search') return 'search';
  return 'other';
}

/** One page as it travels: its bytes decoded, and with each encoding the server chose for it. */
export interface PageWeight {
  url: string;
  kind: PageKind;
  status: number;
  contentType: string;
  bytes: number;
  brotli: number;
  gzip: number;
}

export interface SiteWeight {
  pages: number;
  /** The heaviest page of each kind (by gzip), null when the crawl found none; downloads and others too. */
  heaviest: Record<string, PageWeight | null>;
  /** The heaviest page of all, downloads aside. */
  max: PageWeight | null;
  budgetBytes: number;
  withinBudget: boolean;
}

export function siteWeight(pages: PageWeight[], budgetBytes = PAGE_BUDGET_BYTES): SiteWeight {
  const heavier = (a: PageWeight | null, b: PageWeight) => (a === null || b.gzip > a.gzip ? b : a);
  const heaviest: Record<string, PageWeight | null> = Object.fromEntries(
    PAGE_KINDS.map((kind) => [kind, null]),
  );
  let max: PageWeight | null = null;
  for (const page of pages) {
    heaviest[page.kind] = heavier(heaviest[page.kind] ?? null, page);
    if (page.kind !== 'download') max = heavier(max, page);
  }
  return { pages: pages.length, heaviest, max, budgetBytes, withinBudget: (max?.gzip ?? 0) <= budgetBytes };
}
