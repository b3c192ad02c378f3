/**
 * The security headers the site asks its host to send, and the policy each page
 * also carries in a <meta> (src/layouts/Base.astro), so the site is protected
 * where the host sends no headers. public/_headers is the file a host reads.
 */

/**
 * The Content-Security-Policy: nothing from another origin, no inline script or
 * style. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. frame-ancestors
 * has no effect in a <meta> element, so it is sent only as a header.
 */
export const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

const HEADER_ONLY = new Set(['frame-ancestors']);

export function contentSecurityPolicy(delivery: 'meta' | 'header'): string {
  return CSP_DIRECTIVES.filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', contentSecurityPolicy('header')],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=()',
  ],
];

/** A Netlify / Cloudflare Pages `_headers` file applying the security headers to every path. */
export function headersFile(): string {
  return `/*\n${SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}
