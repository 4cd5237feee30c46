import { z } from 'zod';
import { ZId } from './common';
import { ZFilter, ORGANIZATION_SORTS, PEOPLE_SORTS } from './customers';

/** What an import creates: people or organizations. */
export const IMPORT_ENTITIES = ['person', 'organization'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

/** What to do with a row that matches a record (by phone, e-mail or, for organizations, tax code), or an earlier row of the file. */
export const ON_DUPLICATE = ['skip', 'update', 'create'] as const;
export type OnDuplicate = (typeof ON_DUPLICATE)[number];

export const IMPORT_STATES = ['queued', 'running', 'completed', 'failed', 'cancelled', 'interrupted', 'rolling_back', 'rolled_back'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** Fields a column can be mapped to, shared by people and organizations. */
const COMMON_TARGETS = [
  'phones',
  'emails',
  'customerType',
  'lifecycleStage',
  'source',
  'tags',
  'notes',
  'street',
  'wardName',
  'wardCode',
  'provinceName',
  'provinceCode',
  'legacyWard',
  'legacyDistrict',
  'legacyProvince',
  'legacyAddress',
] as const;

/**
 * Target fields of a person import. `phones`, `emails`, `tags` and `notes` may take several columns (and a
 * cell may hold several values separated by `;` or `,`); the others one column each. `wardName` and
 * `provinceName` are matched to the current units; `legacyWard`, `legacyDistrict` and `legacyProvince`
 * are the pre-July-2025 units, mapped to the current ones, with the text kept in `legacyAddress`.
 * Custom fields are `cf.<key>`.
 */
export const PERSON_IMPORT_TARGETS = ['fullName', 'birthday', 'gender', ...COMMON_TARGETS] as const;
/** Target fields of an organization import (see PERSON_IMPORT_TARGETS). */
export const ORGANIZATION_IMPORT_TARGETS = ['name', 'taxCode', 'website', 'industry', ...COMMON_TARGETS] as const;
/** Targets that several columns may map to. */
export const MULTI_COLUMN_TARGETS = ['phones', 'emails', 'tags', 'notes'] as const;

/** Source column (its header in the file) → target field, e.g. {"Họ và tên": "fullName", "Ngân sách": "cf.budget"}. */
export const ZImportMapping = z
  .record(z.string().min(1).max(200), z.string().regex(/^(cf\.[a-z][a-z0-9_]{0,62}|[a-zA-Z]{2,30})$/, 'a target field or cf.<key>'))
  .refine((m) => Object.keys(m).length <= 300, 'at most 300 columns');
export type TImportMapping = z.infer<typeof ZImportMapping>;

const ZBooleanText = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

/**
 * The text fields of `POST /api/v1/imports` (multipart/form-data, beside the `file` part).
 * `mapping` is JSON; without it the saved mapping of the workspace (else the suggested one) is used.
 */
export const ZCreateImportFields = z
  .object({
    entity: z.enum(IMPORT_ENTITIES),
    mapping: z
      .string()
      .max(100_000)
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON object of source column → target field' });
          return z.NEVER;
        }
      })
      .pipe(ZImportMapping)
      .optional(),
    onDuplicate: z.enum(ON_DUPLICATE).default('skip'),
    /** true: answer with a preview and write nothing. */
    dryRun: ZBooleanText,
    /** How many data rows the preview checks (default 1,000). */
    previewRows: z.coerce.number().int().min(1).max(10_000).default(1000),
  })
  .strict();
export type TCreateImportFields = z.input<typeof ZCreateImportFields>;

/** A problem with one row: not imported (`error`), or matched a record or an earlier row (`duplicate`). */
export const ZImportRowIssue = z.object({
  /** Line number in the file (the header is 1), or the spreadsheet's row number. */
  row: z.number().int(),
  /** The source column (its header), when the problem is in one cell. */
  column: z.string().nullable(),
  reason: z.string(),
  kind: z.enum(['error', 'duplicate']),
});
export type TImportRowIssue = z.infer<typeof ZImportRowIssue>;

export const ZImportPreview = z.object({
  dryRun: z.literal(true),
  entity: z.enum(IMPORT_ENTITIES),
  format: z.enum(['csv', 'xlsx']),
  /** Detected text encoding (CSV): utf-8, utf-16le or utf-16be. */
  encoding: z.string().nullable(),
  /** Detected field separator (CSV): `,`, `;` or a tab. */
  delimiter: z.string().nullable(),
  /** The header row as read (empty headers named "Cột N", repeated ones numbered "Điện thoại (2)"). */
  columns: z.array(z.string()),
  /** A mapping suggested from the header names (Vietnamese or English). */
  suggestedMapping: ZImportMapping,
  /** The mapping saved from the workspace's last import of this entity, if any. */
  savedMapping: ZImportMapping.nullable(),
  /** The mapping this preview used: the one sent, else the saved one (for the columns it knows), else the suggested one. */
  mapping: ZImportMapping,
  /** The first rows as read: line number and the cells by column. */
  rows: z.array(z.object({ row: z.number().int(), values: z.record(z.string(), z.string()) })),
  /** Problems found in the rows checked (at most 200). */
  errors: z.array(ZImportRowIssue),
  counts: z.object({
    /** Data rows checked (blank lines are not counted). */
    rows: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    /** Rows that repeat an earlier row of the file (same phone, e-mail or tax code). */
    duplicatesInFile: z.number().int(),
    /** Rows that match a record already in the workspace. */
    duplicatesExisting: z.number().int(),
  }),
  /** True when every row of the file was checked. */
  complete: z.boolean(),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;

const stamp = z.iso.datetime({ offset: true });

export const ZImport = z.object({
  id: ZId,
  entity: z.enum(IMPORT_ENTITIES),
  state: z.enum(IMPORT_STATES),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  onDuplicate: z.enum(ON_DUPLICATE),
  mapping: ZImportMapping,
  /** Data rows in the file; null until counted. */
  total: z.number().int().nullable(),
  /** Rows handled so far (= inserted + updated + skipped + errors). */
  processed: z.number().int(),
  inserted: z.number().int(),
  /** Rows merged into a record: one that existed, or one created from an earlier row of the file. */
  updated: z.number().int(),
  /** Rows not written because they matched and the choice was `skip`. */
  skipped: z.number().int(),
  /** Rows not written because of errors (see `GET /api/v1/imports/:id/errors`). */
  errors: z.number().int(),
  /** Why the import failed or was interrupted. */
  failure: z.string().nullable(),
  /** It stopped part-way: `POST …/resume` continues after the last committed row. */
  canResume: z.boolean(),
  /** `POST …/rollback` removes the records it created and restores those it updated. */
  canRollback: z.boolean(),
  createdAt: stamp,
  startedAt: stamp.nullable(),
  finishedAt: stamp.nullable(),
});
export type TImport = z.infer<typeof ZImport>;

/** Generic status of a background job (an import, for now). */
export const ZJobStatus = z.object({
  id: ZId,
  kind: z.literal('import'),
  state: z.enum(IMPORT_STATES),
  processed: z.number().int(),
  total: z.number().int().nullable(),
  inserted: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  failure: z.string().nullable(),
});
export type TJobStatus = z.infer<typeof ZJobStatus>;

export const ZImportErrorsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    cursor: z.string().max(500).optional(),
    /** `csv`: every issue as a CSV file (UTF-8 with BOM), not paged. */
    format: z.enum(['json', 'csv']).default('json'),
    /** Only errors, or only duplicates (default both). */
    kind: z.enum(['error', 'duplicate']).optional(),
  })
  .strict();

export const ZSavedImportMapping = z.object({
  entity: z.enum(IMPORT_ENTITIES),
  mapping: ZImportMapping,
  updatedAt: stamp,
});
export type TSavedImportMapping = z.infer<typeof ZSavedImportMapping>;

// ---- Export ----

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

/** Columns an export may hold (custom fields as `cf.<key>`); the default is all of them. */
export const PERSON_EXPORT_COLUMNS = [
  'id', 'fullName', 'phones', 'emails', 'birthday', 'gender', 'customerType', 'lifecycleStage', 'source', 'tags',
  'street', 'wardName', 'provinceName', 'legacyAddress', 'notes', 'createdAt', 'updatedAt',
] as const;
export const ORGANIZATION_EXPORT_COLUMNS = [
  'id', 'name', 'taxCode', 'website', 'industry', 'phones', 'emails', 'customerType', 'lifecycleStage', 'source', 'tags',
  'street', 'wardName', 'provinceName', 'legacyAddress', 'notes', 'createdAt', 'updatedAt',
] as const;

const ZFilterParam = z
  .string()
  .max(8000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'filter must be a JSON array of {field, op, value}' });
      return z.NEVER;
    }
  })
  .pipe(ZFilter);

const ZColumnsParam = z
  .string()
  .max(4000)
  .transform((text) => text.split(',').map((c) => c.trim()).filter((c) => c !== ''));

const exportQuery = {
  format: z.enum(EXPORT_FORMATS).default('csv'),
  filter: ZFilterParam.optional(),
  /** Comma-separated columns, in order (default: every column, then the custom fields). */
  columns: ZColumnsParam.optional(),
};
export const ZPeopleExportQuery = z.object({ ...exportQuery, sort: z.enum(PEOPLE_SORTS).default('-createdAt') }).strict();
export type TPeopleExportQuery = z.infer<typeof ZPeopleExportQuery>;
export const ZOrganizationsExportQuery = z.object({ ...exportQuery, sort: z.enum(ORGANIZATION_SORTS).default('-createdAt') }).strict();
export type TOrganizationsExportQuery = z.infer<typeof ZOrganizationsExportQuery>;
