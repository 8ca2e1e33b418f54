import type { APIRoute } from 'astro';

/** Every page may be crawled; with a public address (SITE_URL) crawlers are pointed at the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL('sitemap-index.xml', new URL(import.meta.env.BASE_URL, site)).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
