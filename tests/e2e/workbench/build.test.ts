import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { amdLocToCommonJs, buildWorkbench, PRELOADS_FILE, readLocalizedResources } from '../../../workbench/build';

describe('workbench build', () => {
  it('turns an AMD loc file into a CommonJS module returning the same strings', () => {
    const source = 'define([], function() {\n  // Words\n  return { "Title": "Statusrapport", "common.retry": "Försök igen" };\n});';
    const module = { exports: {} as unknown };
    // eslint-disable-next-line no-new-func
    new Function('module', amdLocToCommonJs(source))(module);
    expect(module.exports).toEqual({ Title: 'Statusrapport', 'common.retry': 'Försök igen' });
  });

  it('finds the localized resources of config/config.json in src/', () => {
    const resources = readLocalizedResources();
    const main = resources.find((r) => r.moduleName === 'StatusReportWebPartStrings');
    expect(main?.folder).toBe(path.resolve(__dirname, '../../../src/webparts/statusReport/loc'));
  });

  it('bundles the workbench with CSS modules and both UI languages', async () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-build-'));
    try {
      const result = await buildWorkbench({ outdir, minify: false, logLevel: 'silent' });
      expect(Object.keys(result.files).sort()).toEqual(expect.arrayContaining(['index.html', 'main.css', 'main.js']));
      // Code splitting: the page's entry and its chunks together are the bundle.
      const js = fs
        .readdirSync(outdir)
        .filter((f) => f === 'main.js' || /^chunk-[a-z0-9]+\.js$/.test(f))
        .map((f) => fs.readFileSync(path.join(outdir, f), 'utf8'))
        .join('\n');
      const css = fs.readFileSync(path.join(outdir, 'main.css'), 'utf8');
      const svStrings = fs.readFileSync(path.resolve(__dirname, '../../../src/webparts/statusReport/loc/sv-se.js'), 'utf8');
      // One Swedish string of the web part must be in the bundle (picked at runtime by ?lang=).
      const swedish = /"([A-Za-z.]+)":\s*"([^"]*[åäöÅÄÖ][^"]*)"/.exec(svStrings);
      expect(swedish).not.toBeNull();
      expect(js).toContain(JSON.stringify(swedish![2]).slice(1, -1));
      // No AMD define left unresolved, and the SCSS module class names are scoped by esbuild.
      expect(js).not.toMatch(/require\(["']StatusReportWebPartStrings["']\)/);
      expect(css).toMatch(/\.StatusCard_module_card\b/);
      expect(css).toContain('.wb-bar');
      // The page's first render: the entry and the chunk holding the React tree (esbuild alone wrote 39 module files for it).
      const preloaded = [...fs.readFileSync(path.join(outdir, 'index.html'), 'utf8').matchAll(/<link rel="modulepreload" href="\/workbench\/([^"]+)"/g)].map((m) => m[1]);
      expect(preloaded.length).toBeGreaterThan(0);
      expect(preloaded.length).toBeLessThanOrEqual(2);
      expect(preloaded.some((f) => fs.readFileSync(path.join(outdir, f), 'utf8').includes('function renderWorkbench('))).toBe(true);
      // The data floor page of the open benchmark preloads the chunks its entry needs, as index.html does.
      const preloads = JSON.parse(fs.readFileSync(path.join(outdir, PRELOADS_FILE), 'utf8')) as Record<string, string[]>;
      expect(preloads['datafloor.js'].length).toBeGreaterThan(0);
      for (const chunk of preloads['datafloor.js']) expect(fs.existsSync(path.join(outdir, chunk))).toBe(true);
      expect(fs.existsSync(path.join(outdir, 'datafloor.js'))).toBe(true);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }, 60000);
});
