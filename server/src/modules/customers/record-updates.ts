import type { TAddress } from '@tandem/shared';
import type { CustomValues } from '../../db/schema';
import type { WorkspaceTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { activeDefinitions, checkCustomValues, type Entity } from '../custom-fields/custom-fields.service';

/** The custom values after a change: checked against the definitions, merged over the current ones. */
export async function mergeCustomValues(tx: WorkspaceTx, entity: Entity, current: CustomValues, changes: Record<string, unknown> | undefined): Promise<CustomValues> {
  if (!changes) return current;
  const custom = checkCustomValues(await activeDefinitions(tx, entity), changes, 'update');
  if (custom.errors.length) throw new AppError('validation_failed', 'Invalid custom fields', { errors: custom.errors });
  return { ...current, ...custom.values };
}

/** The address columns a PATCH sets: only the parts it names. */
export function addressPatch(a: TAddress | undefined) {
  return {
    ...(a?.street !== undefined ? { street: a.street } : {}),
    ...(a?.wardCode !== undefined ? { wardCode: a.wardCode } : {}),
    ...(a?.provinceCode !== undefined ? { provinceCode: a.provinceCode } : {}),
    ...(a?.legacyAddress !== undefined ? { legacyAddress: a.legacyAddress } : {}),
  };
}
