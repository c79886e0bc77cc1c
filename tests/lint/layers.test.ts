// The layers are lint rules (.eslintrc.js); a broken one fails `npm run lint`. These tests run
// ESLint with the layer overrides of the real configuration on small offending snippets.
import { ESLint, Linter } from 'eslint';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const typescriptEslint = require('@typescript-eslint/eslint-plugin') as ESLint.Plugin;

const ROOT = path.join(__dirname, '..', '..');
const LAYER_RULES = ['no-restricted-imports', '@typescript-eslint/no-restricted-imports'];

/** ESLint with the project's configuration (.eslintrc.js), used here only to read it. */
const project = new ESLint({ cwd: ROOT });

/** The layer rules the project's configuration sets for `file`. */
async function layerRulesFor(file: string): Promise<Partial<Linter.RulesRecord>> {
  const config = (await project.calculateConfigForFile(path.join(ROOT, file))) as Linter.Config;
  const rules: Partial<Linter.RulesRecord> = {};
  for (const rule of LAYER_RULES) if (config.rules && config.rules[rule] !== undefined) rules[rule] = config.rules[rule];
  return rules;
}

/** Lints `code` as if it were `file`, with that file's layer rules only (no TypeScript program needed). */
async function layerErrors(file: string, code: string): Promise<string[]> {
  // eslintrc-style options (ESLint 8); the installed types describe flat configuration only.
  const options = {
    cwd: ROOT,
    useEslintrc: false,
    plugins: { '@typescript-eslint': typescriptEslint },
    overrideConfig: {
      parser: '@typescript-eslint/parser',
      parserOptions: { ecmaVersion: 2018, sourceType: 'module', ecmaFeatures: { jsx: true } },
      plugins: ['@typescript-eslint'],
      rules: await layerRulesFor(file)
    }
  };
  const eslint = new ESLint(options as unknown as ESLint.Options);
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', () => {
  it('are set as errors for the domain, the Word code, the data layer and components, not elsewhere', async () => {
    const severity = async (file: string): Promise<unknown[]> =>
      Object.values(await layerRulesFor(file)).map((entry) => (Array.isArray(entry) ? entry[0] : entry));
    expect(await severity('src/domain/kpi/index.ts')).toEqual([2]);
    expect(await severity('src/docx/writer/exportReportToDocx.ts')).toEqual([2]);
    expect(await severity('src/data/repository/mapping.ts')).toEqual([2]);
    expect(await severity('src/components/StatusCard/StatusCard.tsx')).toEqual(expect.arrayContaining([2]));
    expect(Object.keys(await layerRulesFor('src/components/StatusCard/StatusCard.tsx'))).toContain('@typescript-eslint/no-restricted-imports');
    // Lazy chunk entries may import the Word code statically; they are loaded with import() only.
    expect(Object.keys(await layerRulesFor('src/components/DocxExport/buildReportDocx.ts'))).not.toContain('@typescript-eslint/no-restricted-imports');
  });

  it('keep React, Fluent UI, PnPjs and SPFx out of the domain and the Word code', async () => {
    expect(await layerErrors('src/domain/kpi/probe.ts', "import * as React from 'react';\nexport const x = React;\n")).toEqual([
      "no-restricted-imports: 'react' import is restricted from being used. The domain and src/docx import no React."
    ]);
    expect(await layerErrors('src/docx/writer/probe.ts', "import { Icon } from '@fluentui/react/lib/Icon';\nexport const x = Icon;\n")).toEqual([
      "no-restricted-imports: '@fluentui/react/lib/Icon' import is restricted from being used by a pattern. The domain and src/docx import no Fluent UI."
    ]);
    expect(await layerErrors('src/domain/probe.ts', "import { spfi } from '@pnp/sp';\nexport const x = spfi;\n")).toHaveLength(1);
    expect(await layerErrors('src/domain/probe.ts', "import { Version } from '@microsoft/sp-core-library';\nexport const x = Version;\n")).toHaveLength(1);
    expect(await layerErrors('src/domain/probe.ts', "import { useServices } from '../services/hooks';\nexport const x = useServices;\n")).toHaveLength(1);
    expect(await layerErrors('src/domain/probe.ts', "import { parseQuarter } from './quarter';\nexport const x = parseQuarter;\n")).toEqual([]);
  });

  it('keep components and services out of the data layer', async () => {
    expect(await layerErrors('src/data/repository/probe.ts', "import { StatusCard } from '../../components/StatusCard';\nexport const x = StatusCard;\n")).toEqual([
      "no-restricted-imports: '../../components/StatusCard' import is restricted from being used by a pattern. The data layer imports no components or services."
    ]);
    expect(await layerErrors('src/data/repository/probe.ts', "import { useServices } from '../../services';\nexport const x = useServices;\n")).toHaveLength(1);
    expect(await layerErrors('src/data/repository/probe.ts', "import type { IStatusReport } from '../../domain/model';\nexport type X = IStatusReport;\n")).toEqual([]);
  });

  it('let components reach PnPjs, the PnP repository, provisioning and Word code only by type or import()', async () => {
    const errors = await layerErrors(
      'src/components/StatusCard/probe.tsx',
      [
        "import { spfi } from '@pnp/sp';",
        "import { PnPStatusReportRepository } from '../../data/repository/PnPStatusReportRepository';",
        "import { provisionSite } from '../../data/provisioning/provision';",
        "import { exportReportToDocx } from '../../docx';",
        'export const x = [spfi, PnPStatusReportRepository, provisionSite, exportReportToDocx];'
      ].join('\n')
    );
    expect(errors.map((e) => e.split(':')[0])).toEqual(Array(4).fill('@typescript-eslint/no-restricted-imports'));
    expect(errors[3]).toContain('Components reach the Word code only through a lazy chunk (import()).');
    expect(
      await layerErrors(
        'src/components/StatusCard/probe.tsx',
        [
          "import type { SPFI } from '@pnp/sp';",
          "import type { IStatusReportRepository } from '../../data/repository/IStatusReportRepository';",
          "import type { DocxLocale } from '../../docx';",
          "export const load = (): Promise<unknown> => import(/* webpackChunkName: 'docx-export' */ '../../docx');",
          'export type X = [SPFI, IStatusReportRepository, DocxLocale];'
        ].join('\n')
      )
    ).toEqual([]);
  });
});
