/**
 * "Also known as" shows a topic's names only; its `searchTerms` ("cold start", "alb vs apigw") reach the
 * search index in an attribute and are never printed. Names and terms also reach Pagefind as metadata,
 * which ranks by them and gives them back to the search dialog.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withoutVendor } from '../../src/utils/names';
import { builtSite } from './built-site';

interface Frontmatter {
  name?: string;
  title?: string;
  shortName?: string;
  aliases?: string[];
  searchTerms?: string[];
}

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const ROUTES = { services: 'services', comparisons: 'compare', concepts: 'concepts' };

const topics = Object.entries(ROUTES).flatMap(([folder, route]) =>
  readdirSync(path.join(CONTENT, folder))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const frontmatter = parse(
        readFileSync(path.join(CONTENT, folder, file), 'utf8')
          .split('\n---\n')[0]!
          .slice(4),
      ) as Frontmatter;
      return { url: `/${route}/${file.replace(/\.mdx?$/, '')}/`, ...frontmatter };
    }),
);

const site = builtSite();
const page = (url: string) => site.get(url)!;

const key = (name: string) => name.toLowerCase();

/** What the topic's frontmatter says it is called. */
const namesOf = (topic: Frontmatter) =>
  new Set([topic.name ?? topic.title ?? '', topic.shortName ?? '', withoutVendor(topic.name ?? ''), ...(topic.aliases ?? [])].filter(Boolean).map(key));

describe('names shown and terms searched', () => {
  it('every topic has a page', () => {
    expect(topics.filter((t) => !site.has(t.url)).map((t) => t.url)).toEqual([]);
  });

  it('"Also known as" lists only the short name, the name without vendor and the aliases', () => {
    const stray = topics.flatMap((topic) => {
      const names = namesOf(topic);
      return page(topic.url)
        .alsoKnownAs.filter((shown) => !names.has(key(shown)))
        .map((shown) => `${topic.url}: ${shown}`);
    });
    expect(stray).toEqual([]);
  });

  it('no search term is printed as a name, and every one is in the search index', () => {
    const wrong = topics.flatMap((topic) => {
      const { alsoKnownAs, searchTerms } = page(topic.url);
      const shown = new Set(alsoKnownAs.map(key));
      const names = namesOf(topic);
      const indexed = new Set(searchTerms.map(key));
      return (topic.searchTerms ?? [])
        .filter((term) => !names.has(key(term)))
        .flatMap((term) => [
          ...(shown.has(key(term)) ? [`${topic.url}: "${term}" printed`] : []),
          ...(indexed.has(key(term)) ? [] : [`${topic.url}: "${term}" not indexed`]),
        ]);
    });
    expect(wrong).toEqual([]);
  });

  it('gives search every name and search term as metadata, each read back whole', () => {
    const missing = topics.flatMap((topic) => {
      const meta = new Set(page(topic.url).searchMeta.map(key));
      return [...namesOf(topic), ...(topic.searchTerms ?? []).map(key)].filter((name) => !meta.has(name)).map((name) => `${topic.url}: "${name}"`);
    });
    expect(missing).toEqual([]);
  });

  it('the Lambda page names Lambda and keeps “serverless functions” for search', () => {
    const lambda = page('/services/lambda/');
    expect(lambda.alsoKnownAs).toContain('Lambda');
    expect(lambda.alsoKnownAs).not.toContain('serverless functions');
    expect(lambda.searchTerms).toContain('serverless functions');
  });
});
