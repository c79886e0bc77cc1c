/** One line per difference, in Swedish or English (the check command's report). */
import type { Difference, IScopeRef } from './plan';

export type ReportLanguage = 'sv' | 'en';

function scope(s: IScopeRef, lang: ReportLanguage): string {
  if (s.folder === undefined) return lang === 'sv' ? `listan ${s.listTitle}` : `list ${s.listTitle}`;
  return lang === 'sv' ? `mappen ${s.folder} i ${s.listTitle}` : `folder ${s.folder} in ${s.listTitle}`;
}

function value(v: unknown): string {
  return v === undefined ? '–' : JSON.stringify(v);
}

export function describeDifference(d: Difference, lang: ReportLanguage): string {
  const sv = lang === 'sv';
  switch (d.kind) {
    case 'listMissing':
      return sv ? `Listan ${d.listTitle} saknas.` : `List ${d.listTitle} is missing.`;
    case 'listSetting':
      return sv
        ? `Listan ${d.listTitle}: ${d.setting} är ${value(d.actual)}, ska vara ${value(d.expected)}.`
        : `List ${d.listTitle}: ${d.setting} is ${value(d.actual)}, expected ${value(d.expected)}.`;
    case 'titleName':
      return sv
        ? `Listan ${d.listTitle}: kolumnen Title heter ”${d.actual}”, ska heta ”${d.expected}”.`
        : `List ${d.listTitle}: the Title column is named "${d.actual}", expected "${d.expected}".`;
    case 'columnMissing':
      return sv ? `Listan ${d.listTitle}: kolumnen ${d.column} saknas.` : `List ${d.listTitle}: column ${d.column} is missing.`;
    case 'columnType':
      return sv
        ? `Listan ${d.listTitle}: kolumnen ${d.column} har typen ${d.actual}, ska vara ${d.expected}.`
        : `List ${d.listTitle}: column ${d.column} has type ${d.actual}, expected ${d.expected}.`;
    case 'columnNotIndexed':
      return sv ? `Listan ${d.listTitle}: kolumnen ${d.column} är inte indexerad.` : `List ${d.listTitle}: column ${d.column} is not indexed.`;
    case 'columnNotUnique':
      return sv ? `Listan ${d.listTitle}: kolumnen ${d.column} kräver inte unika värden.` : `List ${d.listTitle}: column ${d.column} does not enforce unique values.`;
    case 'columnUnique':
      return sv
        ? `Listan ${d.listTitle}: kolumnen ${d.column} kräver unika värden, vilket hindrar mappar med egna behörigheter.`
        : `List ${d.listTitle}: column ${d.column} enforces unique values, which prevents folders with their own permissions.`;
    case 'roleMissing':
      return sv ? `Behörighetsnivån ”${d.name}” saknas.` : `Permission level "${d.name}" is missing.`;
    case 'rolePermissions':
      return sv
        ? `Behörighetsnivån ”${d.name}” har andra behörigheter än modellen.`
        : `Permission level "${d.name}" has other base permissions than the model.`;
    case 'groupMissing':
      return sv ? `Gruppen ”${d.group}” saknas.` : `Group "${d.group}" is missing.`;
    case 'associatedGroupMissing':
      return sv ? `Webbplatsen har ingen ${d.principal === 'owners' ? 'ägargrupp' : 'besökargrupp'}.` : `The site has no associated ${d.principal === 'owners' ? 'owners' : 'visitors'} group.`;
    case 'folderMissing':
      return sv ? `Mappen ${d.scope.folder ?? ''} saknas i ${d.scope.listTitle}.` : `Folder ${d.scope.folder ?? ''} is missing in ${d.scope.listTitle}.`;
    case 'inheritsPermissions':
      return sv ? `${capital(scope(d.scope, lang))} ärver behörigheter (ska ha egna).` : `${capital(scope(d.scope, lang))} inherits permissions (should have its own).`;
    case 'assignmentMissing':
      return sv
        ? `${capital(scope(d.scope, lang))}: ”${d.principalTitle}” saknar ”${d.roleName}”.`
        : `${capital(scope(d.scope, lang))}: "${d.principalTitle}" lacks "${d.roleName}".`;
    case 'assignmentExtra':
      return sv
        ? `${capital(scope(d.scope, lang))}: ”${d.principalTitle}” har ”${d.roleName}”, som modellen inte ger.`
        : `${capital(scope(d.scope, lang))}: "${d.principalTitle}" holds "${d.roleName}", which the model does not give.`;
    case 'versionBehind':
      return sv ? `Schemaversion ${d.actual} är lagrad, ${d.expected} väntas.` : `Schema version ${d.actual} is stored, ${d.expected} expected.`;
    default:
      return '';
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
