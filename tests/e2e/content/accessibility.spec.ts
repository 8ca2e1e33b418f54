import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { GUIDE_DIAGRAMS } from '../../support/guide-diagrams';
import { search } from '../helpers';

/** One page of each type, checked at desktop width in both colour schemes. */
const PAGES = {
  home: '/',
  service: '/services/lambda/',
  'retired service': '/services/qldb/',
  'feature page': '/services/ec2-purchasing-options/',
  comparison: '/compare/alb-vs-api-gateway/',
  'comparison index': '/compare/',
  concept: '/concepts/shared-responsibility-model/',
  category: '/categories/database/',
  'all topics': '/topics/',
  'not found': '/404.html',
  // The smallest exam page: the blueprint makes the others twice as long for the same components.
  exam: '/exams/aif-c01/',
  'change log': '/changes/',
  glossary: '/glossary/',
  practice: '/practice/',
  flashcards: '/flashcards/',
  'study path': '/exams/saa-c03/path/',
  // The smallest print page with several topics, a comparison and tables: the exams' are 2 MB.
  'print page': '/print/end-user-computing/',
};

/**
 * At phone width, only what is laid out differently there in a way axe can see: the topic layout,
 * whose contents fold into a disclosure above the article and whose tables scroll inside their box
 * (and the header, whose search control keeps its name but hides its label), the search dialog,
 * which fills the screen, and a diagram, whose drawing keeps its size and scrolls in its frame. Every
 * other page only stacks its columns.
 */
const PHONE_PAGES = { service: PAGES.service, comparison: PAGES.comparison, diagram: '/services/vpc/' };

/**
 * Every page with a diagram (tests/support/guide-diagrams.ts lists them). The pages around them are of the
 * types above, so axe looks at the figures alone: the drawing's tones, names and scrolling frame.
 */
/** What a diagram can get wrong: its tones' contrast, its name and description, its scrolling frame, its ARIA. */
const DIAGRAM_RULES = ['color-contrast', 'svg-img-alt', 'role-img-alt', 'scrollable-region-focusable', 'aria-allowed-attr', 'aria-valid-attr-value', 'aria-prohibited-attr', 'nested-interactive', 'duplicate-id-aria'];

const DIAGRAM_PAGES = [...new Set(GUIDE_DIAGRAMS.map((diagram) => diagram.split('#')[0]!))];

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, pages: PAGES },
  { name: 'phone', viewport: { width: 390, height: 844 }, pages: PHONE_PAGES },
] as const;

const violations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: every diagram has no axe violations`, async ({ page, request }) => {
    // Every figure of the guide, gathered into one page with the site's styles, so that one axe run sees them
    // all: their tones' contrast, names, descriptions and scrolling frames.
    const [host, ...others] = DIAGRAM_PAGES;
    const figures = await Promise.all(
      others.map(async (url) => {
        const html = await (await request.get(url)).text();
        return [...html.matchAll(/<figure [^>]*class="diagram[\s\S]*?<\/figure>/g)].map((m) => m[0]).join('');
      }),
    );
    await page.emulateMedia({ colorScheme });
    await page.goto(host!);
    await page.locator('main').evaluate((main, html) => { main.insertAdjacentHTML('beforeend', html); }, figures.join(''));
    await expect(page.locator('figure.diagram')).toHaveCount(GUIDE_DIAGRAMS.length);
    const { violations: found } = await new AxeBuilder({ page }).include('figure.diagram').withRules(DIAGRAM_RULES).analyze();
    expect(found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  for (const { name: width, viewport, pages } of WIDTHS) {
    test.describe(`${colorScheme}, ${width}`, () => {
      test.use({ colorScheme, viewport });

      for (const [name, url] of Object.entries(pages)) {
        test(`${name} has no axe violations`, async ({ page }) => {
          await page.goto(url);
          expect(await violations(page)).toEqual([]);
        });
      }

      test('the search dialog with results has no axe violations', async ({ page }) => {
        await page.goto('/');
        const results = await search(page, 'database');
        await expect(results.first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    });
  }
}

/** The mock exam's screens are drawn by script: each scheme once, and each width once. */
for (const { colorScheme, viewport } of [
  { colorScheme: 'light' as const, viewport: WIDTHS[0].viewport },
  { colorScheme: 'dark' as const, viewport: WIDTHS[1].viewport },
]) {
  test.describe(`${colorScheme}, ${viewport.width} px`, () => {
    test.use({ colorScheme, viewport });

    test('a mock exam before, during, on its review screen and with its results has no axe violations', async ({ page }) => {
      await page.goto('/exams/clf-c02/mock/');
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Start the mock exam', exact: true }).click();
      const stage = page.getByRole('region', { name: 'CLF-C02 mock exam', exact: true });
      await stage.getByRole('group').locator('input').first().check();
      await stage.getByRole('button', { name: 'Flag for review', exact: true }).click();
      expect(await violations(page)).toEqual([]);
      await stage.getByRole('button', { name: 'Review all', exact: true }).click();
      expect(await violations(page)).toEqual([]);
      await stage.getByRole('button', { name: 'Submit the exam', exact: true }).click();
      await stage.getByRole('button', { name: 'Submit now', exact: true }).click();
      await expect(stage.getByRole('heading', { level: 2, name: /^Estimated score/ })).toBeVisible();
      await stage.locator('details').first().locator('summary').click();
      expect(await violations(page)).toEqual([]);
    });
  });
}
