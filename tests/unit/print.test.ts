import { describe, expect, it } from 'vitest';
import { anchorOf, printAnchors, printHref, scopeTopicHtml } from '../../src/utils/print';

const anchors = printAnchors(['/services/lambda/', '/services/ec2/', '/compare/batch-vs-lambda/']);
const options = { anchor: 'lambda', anchors, demote: 1, titleId: 'title' };

describe('scopeTopicHtml', () => {
  it('prefixes ids and the attributes that refer to them', () => {
    const html = scopeTopicHtml(
      '<section aria-labelledby="exam-tips"><h2 id="exam-tips">Exam tips</h2></section><label for="q">Q</label><input id="q"><table><tr><td headers="a b"></td></tr></table>',
      options,
    );
    // Regions are named after the topic as well, so every topic's “Exam tips” has a name of its own.
    expect(html).toContain('<section aria-labelledby="lambda--title lambda--exam-tips"><h3 id="lambda--exam-tips">Exam tips</h3></section>');
    expect(html).toContain('<label for="lambda--q">');
    expect(html).toContain('<input id="lambda--q">');
    expect(html).toContain('headers="lambda--a lambda--b"');
  });

  it('reads the HTML as HTML, whatever its quoting', () => {
    expect(scopeTopicHtml(`<h2 id='cold-starts'>A</h2><label for=q>x</label><a href='#cold-starts'>B</a>`, options)).toBe(
      '<h3 id="lambda--cold-starts">A</h3><label for="lambda--q">x</label><a href="#lambda--cold-starts">B</a>',
    );
  });

  it('moves headings down, never past h6', () => {
    expect(scopeTopicHtml('<h2>A</h2><h3>B</h3><h6>C</h6>', options)).toBe('<h3>A</h3><h4>B</h4><h6>C</h6>');
  });

  it('keeps an SVG drawing’s references to its own markers', () => {
    const html = scopeTopicHtml('<svg><marker id="arrow"></marker><line marker-end="url(#arrow)"></line></svg>', options);
    expect(html).toContain('<marker id="lambda--arrow">');
    expect(html).toContain('marker-end="url(#lambda--arrow)"');
  });
});

describe('printHref', () => {
  it('sends in-page fragments to the scoped ids', () => {
    expect(printHref('#cold-starts', options)).toBe('#lambda--cold-starts');
  });

  it('sends links to topics on the same print page to their place in it', () => {
    expect(printHref('/services/ec2/', options)).toBe('#ec2');
    expect(printHref('/compare/batch-vs-lambda/#maximum-run-time', options)).toBe('#batch-vs-lambda--maximum-run-time');
  });

  it('leaves other links alone', () => {
    for (const href of [
      '/services/s3/',
      '/services/s3/#storage-classes',
      'https://docs.aws.amazon.com/lambda/',
      '/practice/?deck=service-lambda',
      '//example.org/x',
    ]) {
      expect(printHref(href, options)).toBe(href);
    }
  });
});

describe('printAnchors', () => {
  it('names each topic by its slug', () => {
    expect(anchorOf('/compare/batch-vs-lambda/')).toBe('batch-vs-lambda');
    expect(anchors.get('/services/ec2/')).toBe('ec2');
  });

  it('refuses two topics that would share an anchor', () => {
    expect(() => printAnchors(['/services/x/', '/concepts/x/'])).toThrow('/services/x/ and /concepts/x/ would share the anchor #x on a print page');
  });
});
