/**
 * The security table as code: the docs render it, and its cells say what the model promises
 * (board reads snapshots only, frozen content append-only, teams confined to their folders).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { LISTS } from '../../src/data/schema/schema';
import {
  ROLES,
  SECURITY,
  accessOf,
  assignmentTableMarkdown,
  basePermissionsOf,
  folderedLists,
  inObjectFolder,
  isValidObjectKey,
  maskHas,
  objectFolderPath,
  securityTableMarkdown
} from '../../src/data/schema/security';

const DOC = readFileSync(join(__dirname, '..', '..', 'docs', 'security.md'), 'utf8');

describe('security table', () => {
  it('is what docs/security.md shows', () => {
    expect(DOC).toContain(securityTableMarkdown());
    expect(DOC).toContain(assignmentTableMarkdown());
  });

  it('covers every list of the schema once', () => {
    expect(SECURITY.map((s) => s.list).sort()).toEqual(LISTS.map((l) => l.key).sort());
  });

  it("gives the board read on snapshots, objects and the board's records only, never a write", () => {
    const readable = SECURITY.filter((s) => accessOf('visitors', s.list).read).map((s) => s.list);
    expect(readable.sort()).toEqual(['boardAssignments', 'boardHandlings', 'boardLog', 'boardMeetings', 'config', 'objects', 'snapshots']);
    SECURITY.forEach((s) => expect(accessOf('visitors', s.list)).toMatchObject({ add: false, edit: false, delete: false }));
  });

  it('keeps snapshots and the approval log append-only for teams and approvers', () => {
    expect(accessOf('team', 'snapshots')).toEqual({ read: true, add: true, edit: false, delete: false });
    expect(accessOf('team', 'approvalLog')).toEqual({ read: true, add: true, edit: false, delete: false });
    expect(accessOf('approvers', 'approvalLog')).toEqual({ read: true, add: true, edit: false, delete: false });
    expect(accessOf('approvers', 'snapshots')).toEqual({ read: true, add: false, edit: true, delete: false });
  });

  it("lets recorders and approvers keep the board's records, teams only read them, and nobody but owners delete a handling, an assignment or a log entry", () => {
    (['approvers', 'recorders'] as const).forEach((p) => {
      expect(accessOf(p, 'boardHandlings')).toEqual({ read: true, add: true, edit: true, delete: false });
      expect(accessOf(p, 'boardAssignments')).toEqual({ read: true, add: true, edit: true, delete: false });
      expect(accessOf(p, 'boardMeetings')).toEqual({ read: true, add: true, edit: true, delete: true });
      expect(accessOf(p, 'boardLog')).toEqual({ read: true, add: true, edit: false, delete: false });
    });
    (['team', 'visitors'] as const).forEach((p) =>
      (['boardMeetings', 'boardHandlings', 'boardAssignments', 'boardLog'] as const).forEach((l) =>
        expect(accessOf(p, l)).toEqual({ read: true, add: false, edit: false, delete: false })
      )
    );
    expect(accessOf('recorders', 'snapshots')).toEqual({ read: true, add: false, edit: false, delete: false });
    expect(accessOf('recorders', 'reports').read).toBe(false);
  });

  it('gives site members nothing and owners everything', () => {
    SECURITY.forEach((s) => {
      expect(accessOf('members', s.list)).toEqual({ read: false, add: false, edit: false, delete: false });
      expect(accessOf('owners', s.list)).toEqual({ read: true, add: true, edit: true, delete: true });
    });
  });

  it('lets approvers read every working list and edit report headers only', () => {
    folderedLists().filter((l) => l !== 'snapshots').forEach((l) => expect(accessOf('approvers', l).read).toBe(true));
    expect(accessOf('approvers', 'reports')).toEqual({ read: true, add: false, edit: true, delete: false });
    expect(accessOf('approvers', 'kpiValues')).toEqual({ read: true, add: false, edit: false, delete: false });
  });

  it('puts every working list and the snapshots in folders per object: 10 folder scopes per object, 617 for 60 objects', () => {
    expect(folderedLists()).toHaveLength(10);
    expect(LISTS.length + 60 * folderedLists().length).toBe(617);
    expect(DOC).toContain('| 60 | 61 | 617 |');
  });

  it('creates custom roles without Manage Lists, and only the approve role approves', () => {
    ROLES.filter((r) => r.permissions).forEach((r) => {
      const mask = basePermissionsOf(r.permissions ?? []);
      expect(maskHas(mask, 12)).toBe(false);
      expect(maskHas(mask, 5)).toBe(r.key === 'approve');
      expect(maskHas(mask, 1)).toBe(true);
    });
    expect(basePermissionsOf([1, 2, 38])).toEqual({ Low: '3', High: '32' });
    expect(maskHas({ High: '2147483647', Low: '4294967295' }, 26)).toBe(true);
  });

  it('names folders by object key under the list URL', () => {
    expect(objectFolderPath('/sites/gits', 'reports', 'SHVO')).toBe('/sites/gits/Lists/GitsReports/SHVO');
    expect(objectFolderPath('/sites/gits/', 'snapshots', 'SHVO')).toBe('/sites/gits/Lists/GitsSnapshots/SHVO');
    expect(isValidObjectKey('SHVO')).toBe(true);
    expect(isValidObjectKey('VGR-IT_2')).toBe(true);
    ['', 'a/b', 'x#y', 'a b', 'x'.repeat(51)].forEach((k) => expect(isValidObjectKey(k)).toBe(false));
  });

  it("takes a row for an object only from that object's folder or the list root", () => {
    const root = '/sites/gits/Lists/GitsSnapshots';
    expect(inObjectFolder('/sites/gits', 'snapshots', `${root}/EKO`, 'EKO')).toBe(true);
    expect(inObjectFolder('/sites/gits', 'snapshots', `${root}/eko/`, 'EKO')).toBe(true);
    expect(inObjectFolder('/sites/gits', 'snapshots', root, 'EKO')).toBe(true);
    // Written by team SHVO in its own folder, or in a folder it made there with the other key's name.
    expect(inObjectFolder('/sites/gits', 'snapshots', `${root}/SHVO`, 'EKO')).toBe(false);
    expect(inObjectFolder('/sites/gits', 'snapshots', `${root}/SHVO/EKO`, 'EKO')).toBe(false);
    expect(inObjectFolder('/sites/gits', 'snapshots', `${root}/SHVO/Lists/GitsSnapshots/EKO`, 'EKO')).toBe(false);
    expect(inObjectFolder('/sites/gits', 'snapshots', '/sites/gits/Lists/GitsReports/EKO', 'EKO')).toBe(false);
    expect(inObjectFolder('/sites/gits', 'snapshots', undefined, 'EKO')).toBe(false);
  });
});
