/**
 * Deciding, for a batch of valid rows, which become new records, which update a record and which are
 * skipped: rows are matched by their exact keys (phones, e-mails, tax code) against the records that
 * already share a key — those from before the import and those created by its earlier batches — and
 * against earlier rows of the same batch. Pure: the runner and the preview both use it.
 */
import type { OnDuplicate } from '@tandem/shared';
import type { CustomValues, StoredEmail, StoredPhone } from '../../db/schema';
import type { Draft, RowError } from './import-rows';

/** A record that shares a key with the batch, as the match query returns it. */
export type ExistingRecord = {
  id: string;
  name: string;
  keys: string[];
  phones: StoredPhone[];
  emails: StoredEmail[];
  tags: string[];
  customFields: CustomValues;
  importId: string | null;
};

export type RowIssue = RowError & { kind: 'error' | 'duplicate' };

export type BatchPlan = {
  /** New records (later rows of the file that matched them already merged in, for `update`). */
  inserts: Draft[];
  /** Existing records to change, with the merged values to write. */
  updates: { record: ExistingRecord; draft: Draft }[];
  issues: RowIssue[];
  inserted: number;
  updated: number;
  skipped: number;
  errors: number;
  /** Rows that matched an earlier row of the file / a record from before the import. */
  duplicatesInFile: number;
  duplicatesExisting: number;
};

type Owner = { kind: 'existing'; record: ExistingRecord } | { kind: 'new'; index: number };

const KEY_LABEL = (key: string) => (key.includes('@') ? 'e-mail' : /^\+|^1[89]00/.test(key) ? 'phone' : 'tax code');

/** Merges `next` into `base`: its values win, lists are united (phones, e-mails ≤ 10, tags ≤ 50). */
export function mergeDrafts(base: Draft, next: Draft): Draft {
  const out: Draft = { ...base };
  for (const [k, v] of Object.entries(next) as [keyof Draft, unknown][]) {
    if (v !== undefined && k !== 'phones' && k !== 'emails' && k !== 'tags' && k !== 'customFields' && k !== 'keys' && k !== 'row') {
      (out as Record<string, unknown>)[k] = v;
    }
  }
  out.phones = uniteBy(base.phones, next.phones, (p) => p.number).slice(0, 10);
  out.emails = uniteBy(base.emails, next.emails, (e) => e.address).slice(0, 10);
  out.tags = [...new Set([...base.tags, ...next.tags])].slice(0, 50);
  out.customFields = { ...base.customFields, ...next.customFields };
  out.keys = [...new Set([...base.keys, ...next.keys])];
  return out;
}

export function uniteBy<T>(a: T[], b: T[], key: (t: T) => string): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const item of b) if (!seen.has(key(item))) (seen.add(key(item)), out.push(item));
  return out;
}

/**
 * Plans a batch. `existing` is every live record sharing a key with the batch (oldest first);
 * `checkNew` reports what a row lacks to become a new record (required custom fields).
 */
export function planBatch(
  drafts: Draft[],
  existing: ExistingRecord[],
  onDuplicate: OnDuplicate,
  importId: string | null,
  checkNew: (draft: Draft) => RowError[],
): BatchPlan {
  const plan: BatchPlan = { inserts: [], updates: [], issues: [], inserted: 0, updated: 0, skipped: 0, errors: 0, duplicatesInFile: 0, duplicatesExisting: 0 };
  const owners = new Map<string, Owner>();
  for (const record of existing) for (const key of record.keys) if (!owners.has(key)) owners.set(key, { kind: 'existing', record });
  const updates = new Map<string, { record: ExistingRecord; draft: Draft }>();
  const claim = (keys: string[], owner: Owner) => {
    for (const key of keys) if (!owners.has(key)) owners.set(key, owner);
  };

  for (const draft of drafts) {
    let owner: Owner | undefined;
    let matchedKey = '';
    for (const key of draft.keys) {
      owner = owners.get(key);
      if (owner) {
        matchedKey = key;
        break;
      }
    }
    const fromFile = owner && (owner.kind === 'new' || (importId !== null && owner.record.importId === importId));
    if (owner) {
      if (fromFile) plan.duplicatesInFile++;
      else plan.duplicatesExisting++;
    }
    const what = !owner
      ? ''
      : owner.kind === 'new'
        ? `row ${plan.inserts[owner.index]!.row}`
        : fromFile
          ? `a record created from an earlier row of this file (${owner.record.name})`
          : `an existing record (${owner.record.name})`;
    const reason = `Same ${KEY_LABEL(matchedKey)} ${matchedKey} as ${what}`;

    if (!owner || onDuplicate === 'create') {
      const missing = checkNew(draft);
      if (missing.length) {
        plan.errors++;
        for (const e of missing) plan.issues.push({ ...e, kind: 'error' });
        continue;
      }
      claim(draft.keys, { kind: 'new', index: plan.inserts.length });
      plan.inserts.push(draft);
      plan.inserted++;
      if (owner) plan.issues.push({ row: draft.row, column: null, reason: `Created anyway: ${reason}`, kind: 'duplicate' });
      continue;
    }
    if (onDuplicate === 'skip') {
      plan.skipped++;
      plan.issues.push({ row: draft.row, column: null, reason: `Skipped: ${reason}`, kind: 'duplicate' });
      continue;
    }
    // update
    if (owner.kind === 'new') {
      plan.inserts[owner.index] = mergeDrafts(plan.inserts[owner.index]!, draft);
    } else {
      const current = updates.get(owner.record.id);
      updates.set(owner.record.id, { record: owner.record, draft: current ? mergeDrafts(current.draft, draft) : draft });
    }
    claim(draft.keys, owner);
    plan.updated++;
    plan.issues.push({ row: draft.row, column: null, reason: `Updated: ${reason}`, kind: 'duplicate' });
  }
  plan.updates = [...updates.values()];
  return plan;
}
