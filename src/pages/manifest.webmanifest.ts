/** The web app manifest: lets a reader install the guide, which then opens at its home page in its own window. */
import type { APIRoute } from 'astro';
import { withBase } from '../utils/base';
import { SITE_NAME, THEME_COLORS } from '../utils/site';

export const GET: APIRoute = () => {
  const manifest = {
    name: SITE_NAME,
    short_name: 'AWS Study',
    description: 'Study notes on every AWS service for the Cloud Practitioner and Solutions Architect exams.',
    lang: 'en',
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'standalone',
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    icons: [
      { src: withBase('/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any maskable' },
      { src: withBase('/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
      { src: withBase('/icon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
