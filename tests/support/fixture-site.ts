/**
 * The fixture site: `tests/fixtures/site` built with this project's code, hosted under a sub-path.
 * Behaviour tests (anchors, tables, contents, copy-link, search) run on it, so a writer editing the
 * real guide never breaks them, and every one of them also proves that sub-path hosting works.
 */
import path from 'node:path';
import { PROJECT } from './temp-project.ts';

export const FIXTURE_CONTENT = path.join(PROJECT, 'tests/fixtures/site');
export const FIXTURE_DIST = path.join(PROJECT, 'dist-fixture');
export const FIXTURE_BASE = '/guide/';
