import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../src/plugins/rehype-base-links';
import { deploymentFrom, normaliseBase } from '../../src/utils/deployment';

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
