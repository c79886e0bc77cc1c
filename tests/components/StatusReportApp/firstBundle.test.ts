import * as fs from 'fs';
import * as path from 'path';
import { SRC, staticGraph } from '../../support/importGraph';

/** Every source module reachable from `entry` without a dynamic import(). */
function firstBundle(entry: string): string[] {
  return Array.from(staticGraph(entry).files).map((file) => path.relative(SRC, file).split(path.sep).join('/'));
}

const ENTRY = path.join(SRC, 'webparts/statusReport/StatusReportWebPart.ts');
const REPORT_APP = path.join(SRC, 'components/StatusReportApp/StatusReportApp.tsx');

// The web part's entry sends the report's first screen before any of the React tree evaluates:
// the tree is its own chunk, downloaded while the request is under way.
describe('the web part’s entry', () => {
  const entry = firstBundle(ENTRY);

  it('holds the repository and the services, and no component', () => {
    expect(entry).toEqual(expect.arrayContaining(['data/repository/PnPStatusReportRepository.ts', 'services/createReportReader.ts', 'webparts/statusReport/loadReportApp.ts']));
    expect(entry.filter((m) => m.startsWith('components/') || m.endsWith('.tsx') || m.endsWith('.scss'))).toEqual([]);
  });

  it('loads the React tree through a named dynamic import', () => {
    expect(fs.readFileSync(path.join(SRC, 'webparts/statusReport/loadReportApp.ts'), 'utf8')).toMatch(
      /import\(\s*\/\* webpackChunkName: 'report-app' \*\/\s*'\.\.\/\.\.\/components\/StatusReportApp\/StatusReportApp'\s*\)/
    );
  });
});

// The reader's first screen (the entry and the report-app chunk) must not grow with editing: the
// editor, the approval panel, the provisioning code and the Word import come in chunks loaded on demand.
describe('the web part’s first screen', () => {
  const modules = Array.from(new Set([...firstBundle(ENTRY), ...firstBundle(REPORT_APP)]));

  it('includes the app, the workspace and the lazy editor stub', () => {
    expect(modules).toEqual(
      expect.arrayContaining([
        'components/StatusReportApp/StatusReportApp.tsx',
        'components/StatusReportApp/ReportWorkspace.tsx',
        'components/ReportEditor/index.ts',
        'services/createProvisioningServiceForSpfx.ts'
      ])
    );
  });

  it('leaves out the editor, the approval panel, the workspace toolbar, the Word import, provisioning and docx', () => {
    const eager = modules.filter(
      (m) =>
        m === 'components/ReportEditor/ReportEditor.tsx' ||
        m.startsWith('components/ReportEditor/sections/') ||
        m.startsWith('components/Approval/') ||
        m.startsWith('components/DocxImport/') ||
        m === 'components/StatusReportApp/WorkspaceTools.tsx' ||
        m === 'services/provisioningService.ts' ||
        m === 'data/provisioning/provision.ts' ||
        m.startsWith('docx/')
    );
    expect(eager).toEqual([]);
  });

  it('loads the editor and provisioning through named dynamic imports', () => {
    expect(fs.readFileSync(path.join(SRC, 'components/ReportEditor/index.ts'), 'utf8')).toMatch(/import\(\s*\/\* webpackChunkName: 'report-editor' \*\/\s*'\.\/ReportEditor'\s*\)/);
    expect(fs.readFileSync(path.join(SRC, 'services/createProvisioningServiceForSpfx.ts'), 'utf8')).toMatch(
      /import\(\s*\/\* webpackChunkName: 'provisioning' \*\/\s*'\.\/provisioningService'\s*\)/
    );
    expect(fs.readFileSync(path.join(SRC, 'components/StatusReportApp/ReportWorkspace.tsx'), 'utf8')).toMatch(
      /import\(\s*\/\* webpackChunkName: 'workspace-tools' \*\/\s*'\.\/WorkspaceTools'\s*\)/
    );
  });
});
