/**
 * The session cookie is SameSite=Lax, which still lets a sibling subdomain post a form here.
 * State-changing requests (/trpc mutations and /api writes) therefore accept only same-origin
 * browser requests: browsers say so in Sec-Fetch-Site (or Origin); scripts and the CLI send
 * neither and are not a browser's ambient credentials anyway.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = request.headers.get('origin');
  if (!origin) return true;
  // "null" (a sandboxed frame) and anything unparsable are foreign.
  return (
    URL.canParse(origin) &&
    new URL(origin).host === (request.headers.get('host') ?? new URL(request.url).host)
  );
}
