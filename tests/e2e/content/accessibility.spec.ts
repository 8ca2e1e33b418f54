import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { search } from '../helpers';

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
  exam: '/exams/saa-c03/',
  'change log': '/changes/',
  glossary: '/glossary/',
  practice: '/practice/',
  flashcards: '/flashcards/',
  'print page': '/print/containers/',
};

const SETUPS = [
  { name: 'light, desktop', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { name: 'dark, desktop', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  { name: 'light, phone', colorScheme: 'light', viewport: { width: 390, height: 844 } },
  { name: 'dark, phone', colorScheme: 'dark', viewport: { width: 390, height: 844 } },
] as const;

const violations = async (page: import('@playwright/test').Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
};

for (const setup of SETUPS) {
  test.describe(setup.name, () => {
    test.use({ colorScheme: setup.colorScheme, viewport: setup.viewport });

    for (const [name, url] of Object.entries(PAGES)) {
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
