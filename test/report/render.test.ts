import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { readTemplates } from '../../src/cli/read-templates.js';
import { renderReport } from '../../src/report/render.js';
import { fixtureLexicon } from '../helpers.js';

const hostile = '<script>alert(1)</script> the Israeli regime </style><img src=x onerror=alert(2)> {{constructor}} hostages';

async function render() {
  const analysis = await analyze(
    {
      title: 'Corpus <b>title</b>',
      articles: [{ id: 'x', outlet: 'Outlet "A" <i>', text: hostile, title: '{{title}} <script>', url: 'javascript:alert(3)', source: 'x.txt' }],
    },
    [fixtureLexicon('basics')],
    { workers: 0 },
  );
  return renderReport(analysis, readTemplates('templates'), { generator: { name: 'framelens', version: '0.0.0' }, generatedAt: '1970-01-01T00:00:00.000Z', options: {} });
}

describe('renderReport', () => {
  it('shows article text, titles and outlet names only as escaped text', async () => {
    const files = await render();
    const page = files.find((f) => f.path === 'articles/x.html')?.content ?? '';
    const index = files.find((f) => f.path === 'index.html')?.content ?? '';
    for (const html of [page, index]) {
      expect(html).not.toMatch(/<script|<img|<\/style>\s*<img|<b>title|<i>/i);
    }
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('{{constructor}}');
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('javascript:alert(3)');
  });

  it('highlights exactly the matched characters, with referent, variant and category on hover and focus', async () => {
    const page = (await render()).find((f) => f.path === 'articles/x.html')?.content ?? '';
    expect(page).toMatch(/<mark class="hit cat-delegitimising-label voice-narrator" tabindex="0" id="hit-1" data-tip="Israel&#x27;s state or government · regime · Delegitimising label[^"]*" aria-describedby="marker-1">Israeli regime<\/mark>/);
    expect(page).toMatch(/<mark [^>]*>hostages<\/mark>/);
  });

  it('puts a Content-Security-Policy that forbids scripts and remote loads in every page, and links only the report’s own stylesheet', async () => {
    const files = await render();
    expect(files.find((f) => f.path === 'report.css')?.content).toContain('mark.hit');
    for (const file of files.filter((f) => f.path.endsWith('.html'))) {
      // Scripts, frames, images, fonts, connections and inline styles: none at all; styles: only report.css, beside the pages.
      const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'">`;
      expect(file.content, file.path).toContain(`<head>\n<meta charset="utf-8">\n${csp}\n`);
      expect(file.content.split('Content-Security-Policy'), file.path).toHaveLength(2);
      const root = file.path.includes('/') ? '../' : '';
      expect(file.content.match(/<link\b[^>]*>/g), file.path).toEqual([`<link rel="stylesheet" href="${root}report.css">`]);
      expect(file.content, file.path).not.toMatch(/<style\b|\sstyle=/i);
    }
  });
});
