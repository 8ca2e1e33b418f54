/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests import modules that use `astro:content` (the schemas).
export default getViteConfig({
  test: {
    // Building a fixture site takes a few seconds on a 2-core machine.
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The built sites are parsed once per run by the globalSetup, not once by each test file's worker.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/site/parse-built-sites.ts'] } },
    ],
  },
});
