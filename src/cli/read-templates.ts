import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateSet } from '../report/render.js';

/** templates/*.hbs are pages; templates/partials/*.hbs are partials, named by file; templates/report.css is the stylesheet. */
export function readTemplates(dir: string): TemplateSet {
  const read = (folder: string): Record<string, string> =>
    Object.fromEntries(
      readdirSync(folder)
        .filter((n) => n.endsWith('.hbs'))
        .sort()
        .map((n) => [n.slice(0, -'.hbs'.length), readFileSync(join(folder, n), 'utf8')]),
    );
  return { pages: read(dir), partials: read(join(dir, 'partials')), stylesheet: readFileSync(join(dir, 'report.css'), 'utf8') };
}
