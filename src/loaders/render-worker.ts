/**
 * A worker thread of the render pool (render-pool.ts): renders the pages it is sent with
 * `renderStaticMdx` and posts each result back under the job's number.
 *
 * Node runs this file as it is, outside Vite: it strips the types itself, and the hook below lets
 * the project's extensionless imports (`'./index'`) find their `.ts` files, as Vite would.
 */
import { registerHooks } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { RenderJob, RenderReply } from './render-pool.ts';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || /\.\w+$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

const { renderStaticMdx } = await import('../plugins/static-mdx.ts');

parentPort?.on('message', (job: RenderJob) => {
  renderStaticMdx(job.body, job.filePath, job.frontmatter).then(
    (page) => parentPort?.postMessage({ id: job.id, page } satisfies RenderReply),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error } satisfies RenderReply),
  );
});
