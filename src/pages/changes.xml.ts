/** The change log as an RSS feed, so a team can follow what changed in AWS (and in this guide). */
import { withBase } from '../utils/base';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { guideChanges, loadGuide } from '../utils/content';
import { CHANGE_LABELS, toDate } from '../utils/provenance';
import { SITE_NAME, siteUrl } from '../utils/site';

export const GET: APIRoute = async ({ site }) => {
  const guide = await loadGuide();
  return rss({
    title: `${SITE_NAME}: what changed`,
    description: 'Dated AWS retirements, renames, new limits and price changes stated in the guide, newest first.',
    site: siteUrl(site),
    // Page URLs end in a slash already; a #section link must not get another.
    trailingSlash: false,
    items: guideChanges(guide).map((change) => ({
      title: `${CHANGE_LABELS[change.kind]}: ${change.page.title}`,
      description: change.text,
      link: withBase(change.url),
      pubDate: toDate(change.date),
      categories: [CHANGE_LABELS[change.kind]],
    })),
  });
};
