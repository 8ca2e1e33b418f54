/**
 * Every topic says where its facts come from and when they were checked, and the guide's change log
 * reaches readers as a page and as a feed that parses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { builtSite, DIST } from './built-site';

const site = builtSite();
const topics = [...site.values()].filter((p) => /^\/(services|compare|concepts)\/[^/]+\/$/.test(p.url));

/** The page's Sources section: from its heading to the end of its <section>. */
const sourcesSection = (html: string) => /<h2 id="sources">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

describe('sources on every topic page', () => {
  it('there are topic pages to check', () => {
    expect(topics.length).toBeGreaterThan(50);
  });

  it('each ends with a Sources section that links at least one AWS page', () => {
    const bad = topics.filter((p) => !/href="https:\/\/(docs\.)?aws\.amazon\.com\//.test(sourcesSection(p.html)));
    expect(bad.map((p) => p.url)).toEqual([]);
  });

  it('each says, with a machine-readable date, when the facts were checked', () => {
    const bad = topics.filter((p) => !/Checked against these on <time datetime="\d{4}-\d{2}-\d{2}">[^<]+<\/time>/.test(sourcesSection(p.html)));
    expect(bad.map((p) => p.url)).toEqual([]);
  });
});

describe('what changed', () => {
  it('/changes/ lists dated changes, each linking to the section that explains it', () => {
    const page = site.get('/changes/')!;
    expect(page).toBeDefined();
    const sectionLinks = page.links.filter((href) => /^\/(services|compare|concepts)\/[^/]+\/#.+/.test(href));
    expect(sectionLinks.length).toBeGreaterThan(5);
  });

  it('/changes.xml is an RSS feed that parses, one item per change on /changes/', () => {
    const xml = readFileSync(path.join(DIST, 'changes.xml'), 'utf8');
    // Throws, naming the line and column, on XML that is not well formed.
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml) as { rss: { channel: { title: string; item: { title: string; link: string; pubDate: string }[] } } };
    const items = feed.rss.channel.item;
    expect(feed.rss.channel.title).toContain('what changed');
    const timeline = site.get('/changes/')!.links.filter((href) => /#./.test(href) && !href.startsWith('#'));
    expect(items.map((item) => new URL(item.link).pathname + new URL(item.link).hash)).toEqual(timeline);
    for (const item of items) expect(Number.isNaN(Date.parse(item.pubDate)), item.title).toBe(false);
  });
});
