import type { APIRoute } from 'astro';
import { robotsTxt } from '../utils/deployment';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
