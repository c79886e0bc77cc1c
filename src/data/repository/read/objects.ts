/** Förvaltningsobjekt: list and add/rename by key. */
import type { IManagedObject } from '../../../domain/model';
import type { RepositoryResult } from '../IStatusReportRepository';
import { ok } from '../batch';
import { list, type IRepositoryContext } from '../context';
import { readAll } from './paging';
import { guard, invalidState } from '../errors';
import { isValidObjectKey } from '../../schema/security';
import { selectOf } from '../rows/select';
import type { ObjectRow } from '../rows/types';
import { q } from '../rows/values';

export function listObjects(ctx: IRepositoryContext): Promise<RepositoryResult<readonly IManagedObject[]>> {
  return guard(async () => {
    const rows = await readAll<ObjectRow>(list(ctx.sp, 'objects').items.select(...selectOf('objects', 'Title', 'ObjectKey')).orderBy('ObjectKey').top(ctx.page));
    return ok(rows.map((r) => ({ key: String(r.ObjectKey), title: String(r.Title ?? '') })));
  });
}

/**
 * Adds or renames an object (site owners only: GitsObjects is theirs to write). Creating an
 * object also creates its team group, its folder in each working list and in GitsSnapshots,
 * and the folders' permissions (provisioning code, loaded on demand); repeated, it completes
 * what an interrupted call left.
 */
export function ensureObject(ctx: IRepositoryContext, object: IManagedObject): Promise<RepositoryResult<IManagedObject>> {
  return guard(async () => {
    if (!isValidObjectKey(object.key)) return invalidState();
    const items = list(ctx.sp, 'objects').items;
    const existing: ObjectRow[] = await items.filter(`ObjectKey eq ${q(object.key)}`).select(...selectOf('objects', 'Id', 'Title'))();
    if (existing.length === 0) {
      await items.add({ Title: object.title, ObjectKey: object.key });
    } else if (existing[0].Title !== object.title) {
      await items.getById(existing[0].Id).update({ Title: object.title });
    }
    const provisioning = await import(/* webpackChunkName: 'provisioning' */ '../../provisioning/provision');
    await provisioning.provisionObjects(ctx.sp);
    return ok(object);
  });
}
