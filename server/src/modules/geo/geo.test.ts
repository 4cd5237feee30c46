import { foldVietnamese } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import { findProvince, findWard, listProvinces, listWards, matchProvince, matchWard, nameKey, readReferenceCsv } from './geo.data';
import { isWholeNote, legacyRowCount, legacyTargetWardCodes, mapLegacyAddress } from './geo.legacy';

const allWards = () => listProvinces().flatMap((p) => listWards(p.code));

describe('current units', () => {
  it('has the 34 provinces and 3,321 wards, with well-formed unique codes', () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(34);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(34);
    expect(provinces.every((p) => /^\d{2}$/.test(p.code) && /^\d{2,3}$/.test(p.phoneAreaCode))).toBe(true);
    expect(provinces.filter((p) => p.type === 'municipality').map((p) => p.code)).toEqual(['01', '31', '46', '48', '79', '92']);

    const wards = allWards();
    expect(wards).toHaveLength(3321);
    expect(new Set(wards.map((w) => w.code)).size).toBe(3321);
    expect(wards.every((w) => /^\d{5}$/.test(w.code) && w.name === w.name.normalize('NFC'))).toBe(true);
    const byType = (type: string) => wards.filter((w) => w.type === type).length;
    expect([byType('ward'), byType('commune'), byType('special_zone')]).toEqual([687, 2621, 13]);
  });

  it('finds units by code', () => {
    expect(findProvince('01')).toEqual({ code: '01', name: 'Thành phố Hà Nội', type: 'municipality', phoneAreaCode: '24' });
    expect(findProvince('79')).toEqual({ code: '79', name: 'Thành phố Hồ Chí Minh', type: 'municipality', phoneAreaCode: '28' });
    expect(findProvince('15')).toEqual({ code: '15', name: 'Tỉnh Lào Cai', type: 'province', phoneAreaCode: '214' });
    expect(findProvince('02')).toBeNull(); // Hà Giang, merged into Tuyên Quang
    expect(findProvince('99')).toBeNull();
    expect(findWard('00004')).toEqual({ code: '00004', name: 'Phường Ba Đình', type: 'ward', provinceCode: '01' });
    expect(findWard('26732')).toEqual({ code: '26732', name: 'Đặc khu Côn Đảo', type: 'special_zone', provinceCode: '79' });
    expect(findWard('99999')).toBeNull();
    expect(listWards('99')).toEqual([]);
  });

  it('lists the wards of a province by code, each belonging to it', () => {
    const wards = listWards('01');
    expect(wards.length).toBeGreaterThan(100);
    expect(wards.every((w) => w.provinceCode === '01')).toBe(true);
    expect(wards.map((w) => w.code)).toEqual([...wards.map((w) => w.code)].sort());
  });

  it.each([
    ['Hà Nội', '01'],
    ['ha noi', '01'],
    ['HA NOI', '01'],
    ['Thành phố Hà Nội', '01'],
    ['TP. Hà Nội', '01'],
    ['HN', '01'],
    ['TP. Hồ Chí Minh', '79'],
    ['tp ho chi minh', '79'],
    ['TP.HCM', '79'],
    ['TPHCM', '79'],
    ['Sài Gòn', '79'],
    ['Tỉnh Lào Cai', '15'],
    ['tinh lao cai', '15'],
    ['Huế', '46'],
    ['Thừa Thiên Huế', '46'],
    ['da nang', '48'],
    ['Đắk Lắk', '66'],
    ['dak lak', '66'],
    ['Khánh Hoà', '56'], // the other accent placement
    ['Khánh Hòa'.normalize('NFD'), '56'],
    ['  thanh   hoa ', '38'],
  ])('matchProvince(%j) → %s', (text, code) => {
    expect(matchProvince(text)?.code).toBe(code);
  });

  it.each(['Bình Dương', 'Hà Giang', 'Atlantis', '', 'Tỉnh'])('matchProvince(%j) → null (not a current province)', (text) => {
    expect(matchProvince(text)).toBeNull();
  });

  it.each([
    ['Phường Ba Đình', '01', '00004'],
    ['ba dinh', '01', '00004'],
    ['P. Ba Đình', '01', '00004'],
    ['p.ba dinh', '01', '00004'],
    ['Hoàn Kiếm', '01', '00070'],
    ['Xã Sóc Sơn', '01', '00376'],
    ['soc son', '01', '00376'],
    ['Đặc khu Côn Đảo', '79', '26732'],
    ['con dao', undefined, '26732'],
    // folded alike in Đồng Tháp: Phường Mỹ Tho and Xã Mỹ Thọ; accents or the type word decide
    ['Mỹ Tho', '82', 'Phường Mỹ Tho'],
    ['Mỹ Thọ', '82', 'Xã Mỹ Thọ'],
    ['phuong my tho', '82', 'Phường Mỹ Tho'],
    ['xa my tho', '82', 'Xã Mỹ Thọ'],
    ['Văn Lăng', '19', 'Xã Văn Lăng'],
    ['Văn Lang', '19', 'Xã Văn Lang'],
  ])('matchWard(%j, %s) → %s', (text, province, expected) => {
    const ward = matchWard(text, province);
    expect(ward).not.toBeNull();
    expect(expected.startsWith('0') || expected.startsWith('2') ? ward!.code : ward!.name).toBe(expected);
  });

  it.each([
    ['my tho', '82', 'two units fold to "my tho"'],
    ['van lang', '19', 'Văn Lang and Văn Lăng'],
    ['thanh an', '79', 'Thanh An and Thạnh An: typed without accents, either may be meant'],
    ['Ba Đình', '79', 'not in that province'],
    ['Nowhere', '01', 'unknown'],
    ['', '01', 'empty'],
    ['Phường', '01', 'only a type word'],
  ])('matchWard(%j, %s) → null (%s)', (text, province) => {
    expect(matchWard(text, province)).toBeNull();
  });

  it('every ward matches itself by its official name, and by its accent-free name unless another ward of the province folds alike', { timeout: 30_000 }, () => {
    const foldedAlike = new Map<string, number>();
    const twinKey = (w: { name: string; provinceCode: string }) => `${w.provinceCode}|${foldVietnamese(w.name)}`;
    for (const ward of allWards()) foldedAlike.set(twinKey(ward), (foldedAlike.get(twinKey(ward)) ?? 0) + 1);
    let ambiguous = 0;
    for (const ward of allWards()) {
      expect(matchWard(ward.name, ward.provinceCode)?.code, ward.name).toBe(ward.code);
      const folded = foldVietnamese(ward.name);
      const unique = foldedAlike.get(twinKey(ward)) === 1;
      if (!unique) ambiguous++;
      expect(matchWard(folded, ward.provinceCode)?.code ?? null, folded).toBe(unique ? ward.code : null);
    }
    expect(ambiguous).toBe(16); // 8 pairs, e.g. Xã Văn Lang / Xã Văn Lăng
  });

  it('every province matches itself by its official and accent-free name', () => {
    for (const province of listProvinces()) {
      expect(matchProvince(province.name)?.code).toBe(province.code);
      expect(matchProvince(foldVietnamese(province.name))?.code).toBe(province.code);
    }
  });
});

describe('nameKey', () => {
  it.each([
    ['Quận 1', 'quan', '1'],
    ['Q.1', 'quan', '1'],
    ['Q1', 'quan', '1'],
    ['quận 01', 'quan', '1'],
    ['P.12', 'phuong', '12'],
    ['Thị xã Sơn Tây', 'thi xa', 'son tay'],
    ['TX. Sơn Tây', 'thi xa', 'son tay'],
    ['Thị trấn Trâu Quỳ', 'thi tran', 'trau quy'],
    ['Tỉnh Bà Rịa - Vũng Tàu', 'tinh', 'ba ria vung tau'],
    ["Xã Ea H'Leo", 'xa', 'ea hleo'],
    ['Xã Ea H’Leo', 'xa', 'ea hleo'],
    ['Hà Nội', null, 'ha noi'],
    ['Thành phố', null, 'thanh pho'],
  ])('%j → type %j, name %j', (text, type, folded) => {
    expect(nameKey(text)).toMatchObject({ type, folded });
  });
});

describe('legacy conversion', () => {
  it('loads the 10,571 rows, all pointing to current wards', () => {
    expect(legacyRowCount()).toBe(10571);
    const targets = legacyTargetWardCodes();
    expect([...targets].filter((code) => !findWard(code))).toEqual([]);
    // every current ward is the result of some old ones
    expect(targets.size).toBe(3321);
  });

  it.each([
    ['Nhập toàn bộ', true],
    ['Nhập toàn bộ diện tích', true],
    ['Giữ nguyên', true],
    ['Đổi tên', true],
    ['Đổi loại hình', true],
    ['Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo', true],
    ['Nhập một phần', false],
    ['Nhập một  phần', false],
    ['Nhâp một phần diện tích', false],
    ['Nhập một phần diện tích, toàn bộ dân số', false],
    ['Nhập một phần dân số', false],
    ['Đổi tên từ một phần Phường 15', false],
    ['Phần còn lại sau khi tách một phần vào xã Canh Vinh', false],
    ['', false],
    ['Something new', false],
  ])('isWholeNote(%j) → %s', (note, whole) => {
    expect(isWholeNote(note)).toBe(whole);
  });

  it('maps a ward merged as a whole', () => {
    const expected = { wardCode: '00004', provinceCode: '01', partial: false, note: 'Nhập toàn bộ' };
    expect(mapLegacyAddress({ ward: 'Phường Trúc Bạch', district: 'Quận Ba Đình', province: 'Hà Nội' })).toEqual(expected);
    expect(mapLegacyAddress({ ward: 'p. truc bach', district: 'q.ba dinh', province: 'tp ha noi' })).toEqual(expected);
    expect(mapLegacyAddress({ ward: 'PHƯỜNG TRÚC BẠCH'.normalize('NFD'), district: null, province: 'HN' })).toEqual(expected);
    expect(mapLegacyAddress({ ward: 'Phường Trúc Bạch' })).toEqual(expected);
  });

  it('maps a ward split between new wards to the most likely one, as partial', () => {
    // Ngọc Hà went partly into Ba Đình and partly into the new Ngọc Hà: the one that kept the name.
    expect(mapLegacyAddress({ ward: 'Phường Ngọc Hà', district: 'Quận Ba Đình', province: 'Hà Nội' })).toEqual({ wardCode: '00008', provinceCode: '01', partial: true, note: 'Nhập một phần' });
    // Ngọc Thụy: part of its area to Hồng Hà, the rest and all its population to Bồ Đề.
    expect(mapLegacyAddress({ ward: 'Phường Ngọc Thụy', district: 'Quận Long Biên', province: 'Hà Nội' })).toEqual({
      wardCode: '00118',
      provinceCode: '01',
      partial: true,
      note: 'Nhập một phần diện tích, toàn bộ dân số',
    });
    const ward4 = mapLegacyAddress({ ward: 'Phường 4', district: 'Quận 3', province: 'Thành phố Hồ Chí Minh' });
    expect(ward4).toMatchObject({ provinceCode: '79', partial: true, note: 'Nhập một phần' });
    expect(['27139', '27154']).toContain(ward4!.wardCode); // Xuân Hòa or Bàn Cờ
    expect(mapLegacyAddress({ ward: 'P.4', district: 'Q3', province: 'TP.HCM' })).toEqual(ward4);
  });

  it('maps across merged provinces', () => {
    // Thủ Dầu Một (Bình Dương) is now in TP. Hồ Chí Minh; the old address may name either province.
    const expected = { wardCode: '25750', provinceCode: '79', partial: false, note: 'Nhập toàn bộ' };
    expect(mapLegacyAddress({ ward: 'Phường Phú Hòa', district: 'Thành phố Thủ Dầu Một', province: 'Tỉnh Bình Dương' })).toEqual(expected);
    expect(mapLegacyAddress({ ward: 'Phường Phú Hòa', district: 'Thành phố Thủ Dầu Một', province: 'TP. Hồ Chí Minh' })).toEqual(expected);
  });

  it('maps a whole district that became a special zone', () => {
    const expected = { wardCode: '26732', provinceCode: '79', partial: false, note: 'Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo' };
    expect(mapLegacyAddress({ district: 'Huyện Côn Đảo', province: 'Bà Rịa - Vũng Tàu' })).toEqual(expected);
    expect(mapLegacyAddress({ district: 'H. Côn Đảo', province: 'BR-VT' })).toEqual(expected);
  });

  it.each([
    ['Bình Dương', '79', false],
    ['Tỉnh Hà Giang', '08', false],
    ['Quảng Bình', '44', false],
    ['Tỉnh Quảng Trị', '44', false],
    ['Bà Rịa - Vũng Tàu', '79', false],
    ['Hà Nội', '01', false],
    ['Thừa Thiên Huế', '46', false],
    ['Long An', '80', false],
    // one row of the official table puts a ward of Tân An (Long An) under Tiền Giang, so Tiền Giang
    // looks split; the province most of it went into is returned, flagged partial
    ['Tiền Giang', '82', true],
  ])('maps the old province %j alone to %s', (province, code, partial) => {
    expect(mapLegacyAddress({ province })).toEqual({ wardCode: null, provinceCode: code, partial, note: null });
  });

  it('falls back to the province, flagged partial, when the ward cannot be told', () => {
    // Phường 4 exists in several districts of the old TP. Hồ Chí Minh.
    expect(mapLegacyAddress({ ward: 'Phường 4', province: 'TP.HCM' })).toEqual({ wardCode: null, provinceCode: '79', partial: true, note: null });
    expect(mapLegacyAddress({ ward: 'Phường Không Có', district: 'Quận Ba Đình', province: 'Hà Nội' })).toEqual({ wardCode: null, provinceCode: '01', partial: true, note: null });
  });

  it('returns a ward already written in the new form as it is', () => {
    expect(mapLegacyAddress({ ward: 'Phường Hoàn Kiếm', province: 'Hà Nội' })).toMatchObject({ wardCode: '00070', provinceCode: '01' });
    expect(mapLegacyAddress({ ward: 'Đặc khu Côn Đảo', province: 'TP. Hồ Chí Minh' })).toEqual({ wardCode: '26732', provinceCode: '79', partial: false, note: null });
  });

  it('returns null when nothing can be mapped', () => {
    expect(mapLegacyAddress({})).toBeNull();
    expect(mapLegacyAddress({ ward: ' ', district: '', province: null })).toBeNull();
    expect(mapLegacyAddress({ province: 'Atlantis' })).toBeNull();
    expect(mapLegacyAddress({ ward: 'Phường Trúc Bạch', province: 'Atlantis' })).toBeNull();
    expect(mapLegacyAddress({ ward: 'Phường 4' })).toBeNull(); // in too many places, and no province
  });

  it('maps every old ward of the table, named with its district and province, to one of its new wards', { timeout: 30_000 }, () => {
    const rows = readReferenceCsv('vn-admin-legacy-to-2025-07.csv', [
      'new_province_code', 'new_province_name', 'new_ward_code', 'new_ward_name', 'old_ward_code', 'old_ward_name',
      'old_district_code', 'old_district_name', 'old_province_code', 'old_province_name', 'note',
    ] as const);
    type Old = { ward: string; district: string; province: string; ids: Set<string>; targets: Set<string>; whole: boolean };
    const olds = new Map<string, Old>();
    for (const r of rows) {
      if (!r.old_ward_name) continue;
      const key = [r.old_province_name, r.old_district_name, r.old_ward_name].map((s) => nameKey(s).folded).join('|');
      const old = olds.get(key) ?? { ward: r.old_ward_name, district: r.old_district_name, province: r.old_province_name, ids: new Set(), targets: new Set(), whole: true };
      old.ids.add(r.old_ward_code);
      old.targets.add(r.new_ward_code);
      old.whole &&= isWholeNote(r.note);
      olds.set(key, old);
    }
    let checked = 0;
    for (const old of olds.values()) {
      if (old.ids.size > 1) continue; // the same name twice in one district: ambiguous by design
      const mapping = mapLegacyAddress(old);
      expect(mapping, `${old.ward}, ${old.district}, ${old.province}`).not.toBeNull();
      expect([...old.targets], `${old.ward}, ${old.district}, ${old.province}`).toContain(mapping!.wardCode);
      expect(mapping!.partial, `${old.ward}, ${old.district}, ${old.province}`).toBe(!(old.whole && old.targets.size === 1));
      checked++;
    }
    expect(checked).toBeGreaterThan(9_900);
  });
});
