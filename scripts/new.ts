/**
 * `npm run new -- service "Amazon SQS"` (or `comparison`, `concept`): writes a new content entry
 * with every frontmatter field, ready to fill in. Never overwrites an entry that exists.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_KINDS, entryTemplate, FOLDER_OF, slugFor, type EntryKind } from '../src/utils/new-entry.ts';

const [kind, title, ...rest] = process.argv.slice(2);
const isKind = (value: string | undefined): value is EntryKind => ENTRY_KINDS.some((k) => k === value);

if (!isKind(kind) || !title?.trim() || rest.length > 0) {
  console.error(`Usage: npm run new -- <${ENTRY_KINDS.join('|')}> "<name or title>"\n  e.g. npm run new -- service "Amazon Simple Queue Service"`);
  process.exit(2);
}
const slug = slugFor(title);
const file = path.join('content', FOLDER_OF[kind], `${slug}.md`);
if (existsSync(file)) {
  console.error(`${file} exists already; nothing written. Pick another name, or edit that file.`);
  process.exit(1);
}
writeFileSync(file, entryTemplate(kind, title.trim()), { flag: 'wx' });
console.log(`Wrote ${file}: fill in the empty fields (the build names any you miss), then write the body.`);
