/**
 * Fails the build, before MDX does, on the Markdown that MDX reads as code (`<1 s`, a stray `{`),
 * with a message that says how to write it. Under `astro dev` it warns on each save instead.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeTraps, findMdxTraps } from '../utils/mdx-traps';

const problemsIn = (file: string, root: string) => describeTraps(path.relative(root, file), findMdxTraps(readFileSync(file, 'utf8')));

/** One line per trap in the `.mdx` files under `<root>/content/`, each file named from the root. A `.md` page is plain Markdown, where `<1 s` is text. */
export function contentTraps(root: string): string[] {
  const content = path.join(root, 'content');
  const files = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  return files.flatMap((f) => problemsIn(path.join(content, f), root));
}

export function mdxTraps(): AstroIntegration {
  return {
    name: 'mdx-traps',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        const problems = contentTraps(fileURLToPath(config.root));
        if (problems.length > 0 && command === 'build') throw new Error(`Text that MDX would read as code:\n${problems.join('\n')}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        server.watcher.on('change', (file) => {
          if (file.endsWith('.mdx')) for (const problem of problemsIn(file, root)) logger.warn(problem);
        });
      },
    },
  };
}
