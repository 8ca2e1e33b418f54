import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../src/plugins/rehype-base-links';
import { canonicalUrl, deploymentFrom, normaliseBase, robotsTxt } from '../../src/utils/deployment';

describe('deployment from the environment', () => {
  it('is the domain root without settings', () => {
    expect(deploymentFrom({})).toEqual({ site: undefined, base: '/' });
  });

  it('takes the sub-path from SITE_URL, so a GitHub Pages project site needs one variable', () => {
    expect(deploymentFrom({ SITE_URL: 'https://me.github.io/aws-guide/' })).toEqual({ site: 'https://me.github.io/aws-guide/', base: '/aws-guide/' });
  });

  it('lets BASE_PATH win, written with or without slashes', () => {
    expect(deploymentFrom({ SITE_URL: 'https://example.org/', BASE_PATH: 'guide' }).base).toBe('/guide/');
    expect(['guide', '/guide', 'guide/', '/guide/', '//guide//'].map(normaliseBase)).toEqual(Array(5).fill('/guide/'));
    expect(normaliseBase('/')).toBe('/');
  });

  it('refuses a SITE_URL that is not an absolute URL, saying what is expected', () => {
    expect(() => deploymentFrom({ SITE_URL: 'guide.example.org' })).toThrow(
      'SITE_URL must be an absolute URL such as https://guide.example.org/, not "guide.example.org".',
    );
  });
});

describe('what SITE_URL makes absolute', () => {
  const publicAddress = (env: Record<string, string>) => {
    const { site, base } = deploymentFrom(env);
    return { site: site === undefined ? undefined : new URL(site), base };
  };

  it('gives a page its public address as canonical URL, with the sub-path once', () => {
    const atRoot = publicAddress({ SITE_URL: 'https://guide.example.org/' });
    expect(canonicalUrl(`${atRoot.base}services/lambda/`, atRoot.site)).toBe('https://guide.example.org/services/lambda/');
    // Astro's page path already starts with the sub-path.
    const underPath = publicAddress({ SITE_URL: 'https://me.github.io/aws-guide/' });
    expect(canonicalUrl(`${underPath.base}services/lambda/`, underPath.site)).toBe('https://me.github.io/aws-guide/services/lambda/');
    const otherPath = publicAddress({ SITE_URL: 'https://example.org/', BASE_PATH: '/guide/' });
    expect(canonicalUrl(`${otherPath.base}compare/ebs-vs-efs/`, otherPath.site)).toBe('https://example.org/guide/compare/ebs-vs-efs/');
  });

  it('gives no canonical URL without SITE_URL, rather than one on the preview server', () => {
    expect(canonicalUrl('/services/lambda/', undefined)).toBeUndefined();
  });

  it('lets robots crawl everything, and points them at the sitemap only when there is one', () => {
    expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
    const { site, base } = publicAddress({ SITE_URL: 'https://guide.example.org/' });
    expect(robotsTxt(site, base)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://guide.example.org/sitemap-index.xml\n');
  });

  it('finds the sitemap under the sub-path, however the sub-path is written', () => {
    const sitemapOf = (env: Record<string, string>, base = publicAddress(env).base) => /^Sitemap: (.*)$/m.exec(robotsTxt(publicAddress(env).site, base))?.[1];
    expect(sitemapOf({ SITE_URL: 'https://me.github.io/aws-guide/' })).toBe('https://me.github.io/aws-guide/sitemap-index.xml');
    expect(sitemapOf({ SITE_URL: 'https://example.org/', BASE_PATH: 'guide' })).toBe('https://example.org/guide/sitemap-index.xml');
    // import.meta.env.BASE_URL drops the final slash when Astro's trailingSlash is 'never'.
    expect(sitemapOf({ SITE_URL: 'https://me.github.io/aws-guide/' }, '/aws-guide')).toBe('https://me.github.io/aws-guide/sitemap-index.xml');
  });
});

describe('content links under a sub-path', () => {
  const run = (html: string, base: string) => {
    const tree = fromHtml(html, { fragment: true });
    rehypeBaseLinks({ base })(tree);
    return toHtml(tree);
  };

  it('prefixes root-relative links and images, and nothing else', () => {
    expect(
      run(
        '<a href="/services/lambda/#cold-starts">L</a><a href="#x">x</a><a href="https://aws.amazon.com/">a</a><a href="//cdn.example/">c</a><img src="/favicon.svg" alt="">',
        '/guide/',
      ),
    ).toBe(
      '<a href="/guide/services/lambda/#cold-starts">L</a><a href="#x">x</a><a href="https://aws.amazon.com/">a</a><a href="//cdn.example/">c</a><img src="/guide/favicon.svg" alt="">',
    );
  });

  it('changes nothing at the domain root', () => {
    expect(run('<a href="/services/lambda/">L</a>', '/')).toBe('<a href="/services/lambda/">L</a>');
  });
});
