/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests import modules that use `astro:content` (the schemas).
export default getViteConfig({
  test: {
    include: ['tests/{unit,site}/**/*.test.ts'],
    // Building a fixture site takes a few seconds on a 2-core machine.
    testTimeout: 60_000,
  },
});
