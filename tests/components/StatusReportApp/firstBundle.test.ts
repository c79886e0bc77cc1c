import * as fs from 'fs';
import * as path from 'path';
import { SRC, staticGraph } from '../../support/importGraph';

/** Every source module reachable from `entry` without a dynamic import(). */
function firstBundle(entry: string): string[] {
  return Array.from(staticGraph(entry).files).map((file) => path.relative(SRC, file).split(path.sep).join('/'));
}

// The reader's first bundle must not grow with editing: the editor, the approval panel, the
// provisioning code and the Word import come in chunks loaded on demand.
describe('the web part’s first bundle', () => {
  const modules = firstBundle(path.join(SRC, 'webparts/statusReport/StatusReportWebPart.ts'));

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
