/**
 * The content tests read the YAML files under `content/` as writers wrote them (not as built): each
 * file's data with its name, for messages. The caller says what shape it expects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

export const contentYaml = <T>(folder: string): (T & { file: string })[] =>
  readdirSync(path.join(CONTENT, folder))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ file, ...(parse(readFileSync(path.join(CONTENT, folder, file), 'utf8')) as T) }));
