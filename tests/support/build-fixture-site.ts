/** `npm run build:fixture`: builds the fixture site into dist-fixture/ with the real `build` script. */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURE_BASE, FIXTURE_CONTENT, FIXTURE_DIST } from './fixture-site.ts';
import { createTempProject, runScript } from './temp-project.ts';

const project = await createTempProject();
try {
  await cp(FIXTURE_CONTENT, project.content, { recursive: true });
  const result = await runScript('build', project.root, { BASE_PATH: FIXTURE_BASE, SITE_URL: '' });
  if (!result.ok) throw new Error(`Building the fixture site failed:\n${result.output}`);
  await rm(FIXTURE_DIST, { recursive: true, force: true });
  await cp(path.join(project.root, 'dist'), FIXTURE_DIST, { recursive: true });
  console.log(`Built the fixture site into ${path.relative(process.cwd(), FIXTURE_DIST)}/ (served under ${FIXTURE_BASE}) in ${result.seconds.toFixed(1)} s`);
} finally {
  await project.remove();
}
