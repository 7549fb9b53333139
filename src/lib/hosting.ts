// Where the site is hosted (BASE_PATH, SITE_URL) and the HTTP headers it asks static hosts to send.
// astro.config.mjs and scripts/build.ts read the environment through readHosting(); the build writes
// headersFile() to dist/_headers (the format Netlify and Cloudflare Pages read); the nginx snippet in docs/deploying.md sends
// the same headers, and a test keeps the two in step.

/** The documentation domain (RFC 2606) used for canonical links until SITE_URL is set. */
export const PLACEHOLDER_SITE = 'https://jindu.example.org';

export type Hosting = { ok: true; base: string; site: string } | { ok: false; errors: string[] };

// Unreserved URL characters only, so a folder name never needs escaping in a link, a CSP or an nginx location.
const FOLDER_NAME = /^[A-Za-z0-9._~-]+$/;

/**
 * BASE_PATH as Astro wants it: '/' or '/a/b/' with both slashes; 'reports/daqing' and '/reports//daqing'
 * become '/reports/daqing/'. Returns a one-line reason instead when it cannot be a folder.
 */
export function normaliseBasePath(raw: string | undefined): { base: string } | { error: string } {
  const given = (raw ?? '').trim();
  if (given.includes('://')) {
    return { error: `BASE_PATH：应为文件夹，如 /reports/daqing/，实为网址“${given}”；网址请放在 SITE_URL，BASE_PATH 只写文件夹` };
  }
  const segments = given.split('/').filter(Boolean);
  const bad = segments.find((segment) => !FOLDER_NAME.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined) {
    return { error: `BASE_PATH：应为文件夹，如 /reports/daqing/（斜杠之间只用拉丁字母、数字和 - _ . ~），实为“${given}”，其中“${bad}”一段不合要求` };
  }
  return { base: segments.length ? `/${segments.join('/')}/` : '/' };
}

/**
 * SITE_URL as the site's origin ('https://news.example.com'). A folder belongs in BASE_PATH; a SITE_URL whose
 * path repeats BASE_PATH is accepted, any other path is a mistake that would make every canonical link wrong.
 */
export function normaliseSiteUrl(raw: string | undefined, base: string): { site: string } | { error: string } {
  const given = (raw ?? '').trim();
  if (!given) return { site: PLACEHOLDER_SITE };
  const expected = '应为网站的公开地址，如 https://news.example.com';
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return { error: `SITE_URL：${expected}，实为“${given}”` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `SITE_URL：${expected}（http 或 https），实为“${given}”` };
  if (url.username || url.password) return { error: `SITE_URL：${expected}，不带用户名和密码，实为“${given}”` };
  if (url.search || url.hash || given.endsWith('?') || given.endsWith('#')) {
    return { error: `SITE_URL：${expected}，不带 ?查询 和 #片段，实为“${given}”` };
  }
  const folder = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (folder !== '/' && folder !== base) {
    return { error: `SITE_URL：地址里不要带文件夹（写 ${url.origin}），文件夹请写成 BASE_PATH=${folder}；实为“${given}”` };
  }
  return { site: url.origin };
}

/** Reads BASE_PATH and SITE_URL; every problem is one line naming the variable. */
export function readHosting(env: { BASE_PATH?: string | undefined; SITE_URL?: string | undefined }): Hosting {
  const base = normaliseBasePath(env.BASE_PATH);
  if ('error' in base) {
    const site = normaliseSiteUrl(env.SITE_URL, '/');
    return { ok: false, errors: 'error' in site ? [base.error, site.error] : [base.error] };
  }
  const site = normaliseSiteUrl(env.SITE_URL, base.base);
  if ('error' in site) return { ok: false, errors: [site.error] };
  return { ok: true, base: base.base, site: site.site };
}

// ---------------------------------------------------------------------------------------------- headers

/**
 * What a page may do: an ordinary page ('page'), a chart under /embed/ that any site may frame ('embed'), or the
 * search page, whose index is WebAssembly ('search').
 */
export type PagePolicy = 'page' | 'embed' | 'search';

/**
 * The Content-Security-Policy for HTML pages. Everything comes from the site itself: scripts and styles only as
 * files (Astro is told never to inline stylesheets), no inline script or style, no eval, no plug-ins, no forms
 * posting elsewhere. Images allow only the site's own files: charts are inline SVG and nothing uses data: URIs.
 */
export function contentSecurityPolicy(policy: PagePolicy): string {
  return [
    "default-src 'none'",
    // Pagefind compiles its search engine from WebAssembly: allowed on the search page only, and it permits
    // compiling WebAssembly, not eval() of JavaScript.
    policy === 'search' ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    // Same-origin fetches only: a search index or a dataset download read by a script of the site.
    "connect-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    policy === 'embed' ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
}

/** Sent with every response under the base path. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Sources we link to see which site sent a reader, never which page.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // A news site needs none of these; denying them also denies them to anything that might get injected.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const CACHE_CONTROL = {
  /** Files under _astro/ carry a content hash in their name, so they never change. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pages and unhashed files: a correction reaches every reader within five minutes. */
  page: 'public, max-age=300',
} as const;

/** The headers a page, or any file that is not a hashed asset, is sent with (beside SECURITY_HEADERS). */
export function pageHeaders(policy: PagePolicy): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(policy),
    // For browsers too old for frame-ancestors (old in-app browsers are common among our readers).
    ...(policy !== 'embed' ? { 'X-Frame-Options': 'DENY' } : {}),
    'Cache-Control': CACHE_CONTROL.page,
  };
}

/**
 * A file or folder of the built site: a top-level entry, or one inside an edition folder ('zh-hant/search').
 * A name ending in '/' stands for that folder's own index page only ('zh-hant/').
 */
export interface SiteEntry {
  name: string;
  directory: boolean;
}

export interface HeadersFileOptions {
  /** The site's base path, '/' or '/a/b/'. */
  base: string;
  /** What the top of dist/ holds. */
  entries: readonly SiteEntry[];
  /** Astro's folder of hashed assets (build.assets). */
  assetsDir?: string;
  /** The folder of pages other sites may frame. */
  embedDir?: string;
  /** The folder of the search page. */
  searchDir?: string;
}

/** Pagefind's bundle: its worker compiles the WebAssembly, and a worker runs under its own script's policy. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** The policy for an entry, by the folder it is (at any depth): /embed/ and search differ, the rest are pages. */
export function policyFor(name: string, embedDir = 'embed', searchDir = 'search'): PagePolicy {
  const last = name.replace(/\/$/, '').split('/').at(-1);
  if (last === embedDir) return 'embed';
  if (last === searchDir || last === SEARCH_INDEX_DIR) return 'search';
  return 'page';
}

export const HEADERS_FILE = '_headers';

/**
 * dist/_headers in the format Netlify and Cloudflare Pages read. Both merge every rule whose path matches, and
 * Cloudflare joins a header set by two matching rules with a comma, which would give a page two CSPs (the
 * stricter wins) or a nonsense Cache-Control. So the shared security headers sit on the base's splat and each
 * top-level entry gets its own rule for the headers that differ: no header is ever set by two rules that match
 * one path. Paths carry the base path, so the file goes to the root of the host when the site is in a folder.
 */
export function headersFile({ base, entries, assetsDir = '_astro', embedDir = 'embed', searchDir = 'search' }: HeadersFileOptions): string {
  const rules: Array<[string, Record<string, string>]> = [[`${base}*`, { ...SECURITY_HEADERS }]];
  rules.push([base, pageHeaders('page')]);
  const sorted = [...entries].filter((entry) => entry.name !== HEADERS_FILE).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const entry of sorted) {
    const path = entry.directory ? `${base}${entry.name}/*` : `${base}${entry.name}`;
    if (entry.directory && entry.name === assetsDir) rules.push([path, { 'Cache-Control': CACHE_CONTROL.hashed }]);
    else rules.push([path, pageHeaders(entry.directory ? policyFor(entry.name, embedDir, searchDir) : 'page')]);
  }
  const lines = ['# Headers for Netlify and Cloudflare Pages, written by the build (src/lib/hosting.ts): do not edit.', ''];
  for (const [path, headers] of rules) {
    lines.push(path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), '');
  }
  return lines.join('\n');
}
