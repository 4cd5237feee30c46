import { z } from 'zod';
import { ROLES } from './roles';
import { ZId } from './common';

export const ZApiKey = z.object({
  id: ZId,
  name: z.string(),
  role: z.enum(ROLES),
  /** The first characters of the key, to recognise it; the key itself is never shown again. */
  prefix: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TApiKey = z.infer<typeof ZApiKey>;

export const ZCreateApiKeyRequest = z
  .object({
    name: z.string().trim().min(1).max(100),
    /** The role the key acts with; `owner` is not allowed for keys. */
    role: z.enum(ROLES).exclude(['owner']),
  })
  .strict();
export type TCreateApiKeyRequest = z.infer<typeof ZCreateApiKeyRequest>;

/** `key` is the secret: send it as `Authorization: Bearer <key>`. It is shown only in this response. */
export const ZCreateApiKeyResponse = z.object({ apiKey: ZApiKey, key: z.string() });
export type TCreateApiKeyResponse = z.infer<typeof ZCreateApiKeyResponse>;
