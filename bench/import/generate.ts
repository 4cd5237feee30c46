/**
 * Writes a customer CSV of N rows the way Vietnamese SMEs' files look: family-first names, phones in
 * mixed writings (0912.345.678, +84 912 345 678, 84912345678, pre-2018 11-digit numbers), e-mails,
 * old addresses (ward, district, province before July 2025) taken from the official conversion table,
 * dates d/M/yyyy, notes with commas, quotes and the odd line break. About 2% of the rows are bad (bad
 * phone, e-mail or date, no name) and about 5% repeat the phone or e-mail of an earlier row.
 *
 *   npx tsx bench/import/generate.ts [rows=1000000] [file=bench/import/data/customers-<rows>.csv]
 *
 * Deterministic (seeded), streamed to the file with backpressure.
 */
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export const HEADER = ['Họ và tên', 'Điện thoại', 'Email', 'Ngày sinh', 'Giới tính', 'Địa chỉ', 'Phường/Xã', 'Quận/Huyện', 'Tỉnh/Thành phố', 'Ghi chú', 'Nguồn'];

const FAMILY = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4], ['Vũ', 4], ['Võ', 3],
  ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2], ['Hồ', 2], ['Ngô', 2], ['Dương', 2], ['Lý', 1], ['Trịnh', 1], ['Đinh', 1],
] as const;
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Xuân', 'Gia', 'Bảo', 'Công', 'Đình', 'Hoàng'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim', 'Hồng', 'Mỹ', 'Phương', 'Bảo'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Long', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Việt', 'Vinh'];
const GIVEN_F = ['Anh', 'Châu', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Tâm', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Vy', 'Yến'];
const MOBILE = ['090', '091', '093', '094', '096', '097', '098', '032', '033', '035', '038', '070', '077', '079', '081', '083', '085', '086', '088', '089'];
const OLD_PREFIX = ['0168', '0169', '0122', '0126', '0121', '0123', '0125'];
const DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'fpt.vn', 'vnpt.vn', 'congty.vn'];
const STREETS = ['Lý Thường Kiệt', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Lê Lợi', 'Hai Bà Trưng', 'Điện Biên Phủ', 'Cách Mạng Tháng Tám', 'Nguyễn Huệ', 'Phan Đình Phùng', 'Quang Trung'];
const SOURCES = ['Facebook', 'Zalo', 'Giới thiệu', 'Website', 'Hội chợ', 'Hotline', ''];
const NOTES = ['', '', '', 'Khách quen', 'Gọi lại sau 17h, "ưu tiên"', 'Đã mua 2 lần, thích hàng giảm giá', 'Liên hệ qua Zalo\nkhông gọi giờ hành chính', 'VIP; chăm sóc định kỳ'];

/** A small, fast, seeded PRNG (mulberry32), so two runs write the same file. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]/g, '');

type OldAddress = { ward: string; district: string; province: string };

function loadOldAddresses(): OldAddress[] {
  const file = path.resolve(HERE, '../../server/data/vn-admin/vn-admin-legacy-to-2025-07.csv');
  const rows = parse(readFileSync(file), { bom: true, from_line: 2 }) as string[][];
  return rows.map((r) => ({ ward: r[5]!, district: r[7]!, province: r[9]! }));
}

/** Writes `rows` data rows to `file`; resolves with the number of bytes written. */
export async function generate(rows: number, file: string, seed = 20250701): Promise<number> {
  mkdirSync(path.dirname(file), { recursive: true });
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const familyTotal = FAMILY.reduce((s, [, w]) => s + w, 0);
  const family = () => {
    let r = random() * familyTotal;
    for (const [name, w] of FAMILY) if ((r -= w) < 0) return name;
    return 'Nguyễn';
  };
  const addresses = loadOldAddresses();
  const out = createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  await write(`${HEADER.join(',')}\r\n`);
  const phones: string[] = [];
  const emails: string[] = [];
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const female = random() < 0.5;
    let name = `${family()} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? GIVEN_F : GIVEN_M)}`;
    // Unique subscriber numbers: the row index spread over the prefixes.
    const prefix = MOBILE[i % MOBILE.length]!;
    const subscriber = String(Math.floor(i / MOBILE.length) * 7 + 1234567).padStart(7, '0').slice(-7);
    let national = `${prefix}${subscriber}`;
    if (random() < 0.03) national = `${pick(OLD_PREFIX)}${subscriber}`;
    const d = national.slice(1);
    const style = random();
    let phone =
      style < 0.35 ? national : style < 0.55 ? `${national.slice(0, 4)}.${national.slice(4, 7)}.${national.slice(7)}` : style < 0.75 ? `+84 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : style < 0.9 ? `84${d}` : `${national.slice(0, 4)}-${national.slice(4, 7)}-${national.slice(7)}`;
    let email = random() < 0.7 ? `${fold(name)}${i}@${pick(DOMAINS)}` : '';
    // 5%: the same customer again (phone in another writing, or the same e-mail).
    if (random() < 0.05 && phones.length > 0) {
      const j = Math.floor(random() * phones.length);
      if (random() < 0.6) phone = phones[j]!.replace(/\D/g, '').replace(/^84/, '0');
      else if (emails[j]) email = emails[j]!.toUpperCase();
      else phone = phones[j]!;
    }
    let birthday = random() < 0.6 ? `${1 + Math.floor(random() * 28)}/${1 + Math.floor(random() * 12)}/${1955 + Math.floor(random() * 50)}` : '';
    // 2%: a bad row.
    if (random() < 0.02) {
      const bad = Math.floor(random() * 4);
      if (bad === 0) phone = '0912';
      else if (bad === 1) email = 'khong-co-email@';
      else if (bad === 2) birthday = '31/02/1990';
      else name = '';
    }
    if (phones.length < 200_000) {
      phones.push(phone);
      emails.push(email);
    } else if (random() < 0.01) {
      const k = Math.floor(random() * phones.length);
      phones[k] = phone;
      emails[k] = email;
    }
    const a = pick(addresses);
    const withWard = random() < 0.8;
    const row = [
      random() < 0.01 ? name.normalize('NFD') : name,
      phone,
      email,
      birthday,
      female ? 'Nữ' : 'Nam',
      random() < 0.7 ? `${1 + Math.floor(random() * 300)} ${pick(STREETS)}` : '',
      withWard ? a.ward : '',
      a.district,
      a.province,
      pick(NOTES),
      pick(SOURCES),
    ];
    chunk += `${row.map(csvCell).join(',')}\r\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return out.bytesWritten;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const file = process.argv[3] ?? path.join(HERE, 'data', `customers-${rows}.csv`);
  const started = Date.now();
  const bytes = await generate(rows, file);
  process.stdout.write(`${rows} rows, ${(bytes / 1e6).toFixed(1)} MB → ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
