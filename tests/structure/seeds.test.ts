// The three real documents: 002 (a clean plan), and 000 and 003 (OCR'd scans) as a good
// restorer would give them, with the scan's layout kept (columns read side by side).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../src/structure/index.js';
import { schemaErrors } from './document-helper.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/structure/${name}`, import.meta.url), 'utf8');
const structure = (name: string) => {
  const text = fixture(name);
  return { text, fields: structureDocument({ text, pages: [] }) };
};

describe('seed 002: a clean plan with markdown marks and a blank number and day', () => {
  const { text, fields } = structure('002_ac090b3505789b99.txt');

  it('reads the header', () => {
    expect(fields.header).toEqual({
      nationalTitle: null,
      motto: null,
      issuer: null,
      number: '/KH-LMHTX',
      place: 'Đắk Nông',
      date: null,
      dateText: 'ngày tháng 01 năm 2025',
    });
    expect(fields.documentType).toBe('ke-hoach');
  });

  it('reads the title, preamble and six parts', () => {
    expect(fields.title).toBe(
      'KẾ HOẠCH Tổ chức phát động đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Liên minh Hợp tác xã tỉnh Đắk Nông lần thứ IV, nhiệm kỳ 2025-2030 và Đại hội đại biểu toàn quốc Liên minh Hợp tác xã Việt Nam lần thứ VII, nhiệm kỳ 2025-2030',
    );
    expect(fields.preamble).toMatch(/^Thực hiện Kế hoạch số 1115\/KH-BCH .* với những nội dung sau:$/u);
    expect(fields.sections.map((s) => `${s.label} ${s.heading}`)).toEqual([
      'I MỤC ĐÍCH, YÊU CẦU',
      'II MỤC TIÊU VÀ NỘI DUNG THI ĐUA',
      'III ĐỐI TƯỢNG, THỜI GIAN THI ĐUA',
      'IV CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG',
      'V HỒ SƠ KHEN THƯỞNG, TỔNG KẾT ĐỢT THI ĐUA',
      'VI TỔ CHỨC THỰC HIỆN',
    ]);
    expect(fields.sections[3].children[2].children.map((s) => s.label)).toEqual(['3.1', '3.2']);
  });

  it('reads the cited documents once each', () => {
    expect(fields.references).toEqual([
      { type: 'Kế hoạch', number: '1115/KH-BCH', date: '2024-12-18', issuer: 'Ban Chấp hành Liên minh Hợp tác xã Việt Nam' },
      { type: 'Chỉ thị', number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị' },
      { type: 'Luật Thi đua, khen thưởng', number: null, date: null, issuer: null },
      { type: 'Thông báo', number: '749/TB-BTV', date: '2024-10-01', issuer: 'Ban Thường vụ Liên minh Hợp tác xã Việt Nam' },
      { type: 'Quyết định', number: '437/QĐ-LMHTXVN', date: '2024-08-15', issuer: null },
    ]);
  });

  it('reads the campaign period and awards', () => {
    expect(fields.campaign?.period).toEqual({ from: '2025-01-01', to: '2025-11-30' });
    expect(fields.campaign?.awards).toEqual([
      'Cờ thi đua của Ban Chấp hành Liên minh Hợp tác xã Việt Nam',
      'Bằng khen của Ban Chấp hành Liên minh Hợp tác xã Việt Nam',
      'Giấy khen của Liên minh Hợp tác xã tỉnh Đắk Nông',
    ]);
  });

  it('reads eleven recipients and the signature', () => {
    expect(fields.recipients).toHaveLength(11);
    expect(fields.recipients[0]).toBe('UBND tỉnh (b/c)');
    expect(fields.recipients[10]).toBe('Lưu: VT (Y)');
    expect(fields.signature).toEqual({ authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Nguyễn Khải' });
  });

  it('validates against schema v1', () => {
    expect(schemaErrors(fields, text)).toEqual([]);
  });
});

describe('seed 000: a scanned phát động, restored, header and closing read side by side', () => {
  const { text, fields } = structure('000_restored.txt');

  it('reads the header from interleaved columns', () => {
    expect(fields.header).toEqual({
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      issuer: { parent: 'ỦY BAN MTTQ VIỆT NAM TỈNH SƠN LA', name: 'LIÊN MINH HTX TỈNH' },
      number: '946/TĐ-LMT',
      place: 'Sơn La',
      date: '2026-01-29',
      dateText: 'ngày 29 tháng 01 năm 2026',
    });
  });

  it('reads type, title and the two parts with "Một là" … "Bảy là" under the second', () => {
    expect(fields.documentType).toBe('phat-dong');
    expect(fields.title).toBe('PHÁT ĐỘNG Phong trào thi đua năm 2026');
    expect(fields.sections.map((s) => s.heading)).toEqual(['Mục tiêu', 'Nội dung thi đua']);
    expect(fields.sections[1].children.map((s) => s.label)).toEqual(['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là', 'Bảy là']);
    expect(fields.preamble).toMatch(/^Trong năm 2025, .* gồm những nội dung sau đây:$/u);
  });

  it('reads the law and the directive it cites', () => {
    expect(fields.references).toEqual([
      { type: 'Luật Thi đua, khen thưởng', number: null, date: null, issuer: null },
      { type: 'Chỉ thị', number: '41-CT/TW', date: '2024-12-26', issuer: 'Bộ Chính trị' },
    ]);
    expect(fields.campaign?.name).toBe('Phong trào thi đua năm 2026');
  });

  it('separates the recipients from the signature printed beside them', () => {
    expect(fields.recipients).toHaveLength(8);
    expect(fields.recipients[2]).toBe('Sở Nội vụ (Phòng thi đua khen thưởng tỉnh) (B/c)');
    expect(fields.signature).toEqual({ authority: 'TM. THƯỜNG TRỰC KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Lê Huy Phong' });
  });

  it('validates against schema v1', () => {
    expect(schemaErrors(fields, text)).toEqual([]);
  });
});

describe('seed 003: a scanned plan, restored, with a spaced number and page breaks', () => {
  const { text, fields } = structure('003_restored.txt');

  it('reads the header', () => {
    expect(fields.header.issuer).toEqual({ parent: 'UBND TỈNH ĐẮK NÔNG', name: 'LIÊN MINH HTX' });
    expect(fields.header.number).toBe('514/KH-LMHTX');
    expect(fields.header.place).toBe('Đắk Nông');
    expect(fields.header.date).toBe('2021-11-08');
    expect(fields.documentType).toBe('ke-hoach');
  });

  it('reads the title with its quoted campaign name and three parts', () => {
    expect(fields.title).toBe(
      'KẾ HOẠCH Triển khai phong trào thi đua đặc biệt “Liên minh Hợp tác xã tỉnh Đắk Nông cùng các Hợp tác xã trong tỉnh đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19”',
    );
    expect(fields.campaign?.name).toBe(
      'Liên minh Hợp tác xã tỉnh Đắk Nông cùng các Hợp tác xã trong tỉnh đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19',
    );
    expect(fields.sections.map((s) => s.label)).toEqual(['I', 'II', 'III']);
    expect(fields.sections[1].children[2].children.map((s) => s.label)).toEqual(['3.1', '3.2', '3.3']);
  });

  it('reads every cited document with its issuer', () => {
    expect(fields.references.map((r) => [r.type, r.number, r.date, r.issuer])).toEqual([
      ['Kế hoạch', '747/KH-LMHTXVN', '2021-10-19', 'Liên minh HTX Việt Nam'],
      ['Quyết định', '1497/QĐ-TTg', '2021-09-10', 'Thủ tướng Chính phủ'],
      ['Chỉ thị', '19/CT-TTg', null, null],
      ['Chương trình', '503/CTr-LMHTXVN', '2021-08-04', 'Liên minh Hợp tác xã Việt Nam'],
      ['Công văn', '630/LMHTXVN-CSPT', '2021-09-15', 'Liên minh Hợp tác xã Việt Nam'],
      ['Nghị quyết', '105/NQ-CP', '2021-09-09', 'Chính phủ'],
    ]);
  });

  it('reads five recipients and the signature beside them', () => {
    expect(fields.recipients).toHaveLength(5);
    expect(fields.recipients[3]).toBe('Các phòng, Ban đơn vị trực thuộc Liên minh HTX tỉnh');
    expect(fields.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', position: 'CHỦ TỊCH', name: 'Nguyễn Khải' });
  });

  it('validates against schema v1', () => {
    expect(schemaErrors(fields, text)).toEqual([]);
  });
});
