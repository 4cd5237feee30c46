import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../platform/errors';
import { problemResponses } from '../../platform/http/responses';
import { PROVINCE_TYPES, WARD_TYPES, findProvince, listProvinces, listWards } from './geo.data';
import { mapLegacyAddress } from './geo.legacy';

const tags = ['geo'];

/** A province-level unit in force since 1 July 2025. */
const ZProvince = z.object({
  /** Statistics office code, 2 digits. */
  code: z.string(),
  /** Official name, NFC: "Thành phố Hà Nội", "Tỉnh Lào Cai". */
  name: z.string(),
  /** `municipality` (thành phố trực thuộc trung ương) or `province` (tỉnh). */
  type: z.enum(PROVINCE_TYPES),
  /** Landline area code without the leading 0. */
  phoneAreaCode: z.string(),
});

/** A ward (phường), commune (xã) or special zone (đặc khu). */
const ZWard = z.object({
  /** Statistics office code, 5 digits. */
  code: z.string(),
  /** Official name, NFC: "Phường Ba Đình". */
  name: z.string(),
  type: z.enum(WARD_TYPES),
});

const ZProvinceParams = z.object({ code: z.string().regex(/^\d{2}$/, 'A province code has 2 digits') });

const addressPart = z.string().trim().min(1).max(200).optional();
const ZResolveQuery = z
  .object({
    /** The old ward as written: "Phường Trúc Bạch", "P. 4", "Xã Mai Đình". */
    ward: addressPart,
    /** The old district as written: "Quận Ba Đình", "Q.3", "Huyện Sóc Sơn". */
    district: addressPart,
    /** The old (or current) province as written: "Hà Nội", "Bình Dương", "TP.HCM". */
    province: addressPart,
  })
  .strict()
  .refine((q) => q.ward !== undefined || q.district !== undefined || q.province !== undefined, {
    message: 'Give at least one of ward, district and province',
  });

/** Where an old address is now. */
const ZLegacyMapping = z.object({
  /** The current ward; null when only the province could be mapped. */
  wardCode: z.string().nullable(),
  /** The current province. */
  provinceCode: z.string(),
  /** True when the new units may not cover the old address exactly: keep the old text beside them. */
  partial: z.boolean(),
  /** The conversion table's note for the old ward ("Nhập toàn bộ", "Nhập một phần"…); null when no old ward was mapped. */
  note: z.string().nullable(),
});

/** Vietnam's administrative units (since 1 July 2025) and the conversion of old addresses. */
export const geoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/geo/provinces',
    { schema: { tags, summary: 'The 34 provinces, by code', response: { 200: z.object({ data: z.array(ZProvince) }), ...problemResponses } } },
    async () => ({
      data: listProvinces().map(({ code, name, type, phoneAreaCode }) => ({ code, name, type, phoneAreaCode })),
    }),
  );
  app.get(
    '/api/v1/geo/provinces/:code/wards',
    {
      schema: {
        tags,
        summary: 'The wards, communes and special zones of a province, by code',
        params: ZProvinceParams,
        response: { 200: z.object({ data: z.array(ZWard) }), ...problemResponses },
      },
    },
    async (request) => {
      if (!findProvince(request.params.code)) throw notFound('Province');
      return { data: listWards(request.params.code).map(({ code, name, type }) => ({ code, name, type })) };
    },
  );
  app.get(
    '/api/v1/geo/resolve',
    {
      schema: {
        tags,
        summary: 'The current ward and province of an address written before July 2025',
        description:
          'Matches the text ignoring accents, case and type words ("P.", "Q.", "TP."). `partial: true` means the old ward was split or merged in part, or only the province could be mapped: keep the old text beside the new units. 404 when nothing can be mapped.',
        querystring: ZResolveQuery,
        response: { 200: ZLegacyMapping, ...problemResponses },
      },
    },
    async (request) => {
      const mapping = mapLegacyAddress(request.query);
      if (!mapping) throw notFound('Address');
      return mapping;
    },
  );
};
