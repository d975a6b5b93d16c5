import { describe, expect, it } from 'vitest';
import { parseHeader, parseIssuer, parseNumber, parsePlaceDate } from '../../src/structure/header.js';
import type { Line } from '../../src/structure/lines.js';

const lines = (text: string): Line[] => text.split('\n').map((t) => ({ text: t.trim(), page: 1, boxSplit: null }));

describe('document number', () => {
  it('removes stray spaces around the separators', () => {
    expect(parseNumber('Số: 14 /KH-LMHTX')).toBe('14/KH-LMHTX');
    expect(parseNumber('Số:514 /KH-LMHTX')).toBe('514/KH-LMHTX');
    expect(parseNumber('Số: 19/CT- TTg')).toBe('19/CT-TTg');
  });

  it('keeps the printed symbol when the number is left blank', () => {
    expect(parseNumber('Số: /KH-LMHTX')).toBe('/KH-LMHTX');
  });

  it('reads an OCR "S6:" label and digits printed as letters', () => {
    expect(parseNumber('S6: 946/TĐ-LMT')).toBe('946/TĐ-LMT');
    expect(parseNumber('Số: 1o2/KH-UBND')).toBe('102/KH-UBND');
  });

  it('drops specks after the number and repairs a lost slash or doubled Đ', () => {
    expect(parseNumber('Số: 974/QĐ-LMHTX -_')).toBe('974/QĐ-LMHTX');
    expect(parseNumber('Số: 537BC-HNDT')).toBe('537/BC-HNDT');
    expect(parseNumber('Số: 1122/TĐÐ-LMHTX')).toBe('1122/TĐ-LMHTX');
    expect(parseNumber('Số: 693⁄QĐ-MTTQ-BTT')).toBe('693/QĐ-MTTQ-BTT');
  });

  it('repairs a doubled slash and digits read for capitals in the symbol, not in the number', () => {
    expect(parseNumber('Số: 603//QĐ-MTTQ-BTT')).toBe('603/QĐ-MTTQ-BTT');
    expect(parseNumber('Số: 1122/5VHTTDL-KT')).toBe('1122/SVHTTDL-KT');
    expect(parseNumber('Số: 150/KH-8CH')).toBe('150/KH-BCH');
    expect(parseNumber('Số: 36-CT/TW')).toBe('36-CT/TW');
    expect(parseNumber('Số: 105/NQ-CP')).toBe('105/NQ-CP');
  });

  it('gives null when nothing like a number follows', () => {
    expect(parseNumber('Số:')).toBeNull();
    expect(parseNumber('Sơn La')).toBeNull();
  });
});

describe('place and date', () => {
  it('takes the place before ", ngày" and the ISO date', () => {
    expect(parsePlaceDate('Sơn La, ngày 29 tháng 01 năm 2026')).toEqual({
      place: 'Sơn La',
      date: '2026-01-29',
      dateText: 'ngày 29 tháng 01 năm 2026',
    });
  });

  it('keeps a hyphenated province and a blank day', () => {
    expect(parsePlaceDate('Bà Rịa - Vũng Tàu, ngày tháng 12 năm 2019')).toEqual({
      place: 'Bà Rịa - Vũng Tàu',
      date: null,
      dateText: 'ngày tháng 12 năm 2019',
    });
  });
});

describe('issuer', () => {
  it('takes the last organisation as the issuer and the ones above as its parent', () => {
    expect(parseIssuer(['ỦY BAN MTTQ VIỆT NAM', 'TỈNH SƠN LA', 'LIÊN MINH HTX TỈNH'])).toEqual({
      parent: 'ỦY BAN MTTQ VIỆT NAM TỈNH SƠN LA',
      name: 'LIÊN MINH HTX TỈNH',
    });
  });

  it('keeps a dash that wraps a name and drops one left by an underline', () => {
    expect(parseIssuer(['UBND TỈNH BÀ RỊA - VŨNG TÀU', 'LIÊN MINH HTX BÀ RỊA -', 'VŨNG TÀU'])).toEqual({
      parent: 'UBND TỈNH BÀ RỊA - VŨNG TÀU',
      name: 'LIÊN MINH HTX BÀ RỊA - VŨNG TÀU',
    });
    expect(parseIssuer(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH THUẬN', 'LIÊN MINH HỢP TÁC XÃ -'])?.name).toBe('LIÊN MINH HỢP TÁC XÃ');
  });

  it('joins a name wrapped over lines', () => {
    expect(parseIssuer(['ỦY BAN NHÂN DÂN TỈNH', 'TUYÊN QUANG'])).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG' });
    expect(parseIssuer(['UBND TỈNH ĐẮK NÔNG', 'HỘI ĐỒNG THI ĐUA - KHEN', 'THƯỞNG'])).toEqual({
      parent: 'UBND TỈNH ĐẮK NÔNG',
      name: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    });
    expect(parseIssuer(['SỞ NÔNG NGHIỆP VÀ MÔI', 'TRƯỜNG'])?.name).toBe('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
  });
});

describe('header block', () => {
  it('reads a header whose columns OCR read side by side', () => {
    const { header } = parseHeader(
      lines(`ỦY BAN MTTQ VIỆT NAM  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

~ TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc
LIÊN MINH HTX TỈNH
Số: 946/TĐ-LMT Sơn La, ngày 29 tháng 01 năm 2026`),
    );
    expect(header).toEqual({
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      issuer: { parent: 'ỦY BAN MTTQ VIỆT NAM TỈNH SƠN LA', name: 'LIÊN MINH HTX TỈNH' },
      number: '946/TĐ-LMT',
      place: 'Sơn La',
      date: '2026-01-29',
      dateText: 'ngày 29 tháng 01 năm 2026',
    });
  });

  it('reads a header given left column first, with a V/v subject', () => {
    const { header, subject } = parseHeader(
      lines(`ỦY BAN NHÂN DÂN TỈNH
TUYÊN QUANG
Số: 49/UBND-VP
V/v báo cáo kết quả hoạt động của
hợp tác xã năm 2025
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 12 tháng 8 năm 2026`),
    );
    expect(header.issuer).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG' });
    expect(header.number).toBe('49/UBND-VP');
    expect(header.place).toBe('Tuyên Quang');
    expect(header.date).toBe('2026-08-12');
    expect(subject).toBe('V/v báo cáo kết quả hoạt động của hợp tác xã năm 2025');
  });

  it('does not let a speck after the parent join it to the issuer below', () => {
    const { header } = parseHeader(lines('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BÌNH THUẬN _„, Độc lập - Tự do - Hạnh phúc\nLIÊN MINH HTX TỈNH —\nSố: 974/QĐ-LMHTX -_ Bình Thuận, ngày 08 tháng 3 năm 2022'));
    expect(header.issuer).toEqual({ parent: 'ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', name: 'LIÊN MINH HTX TỈNH' });
    expect(header.number).toBe('974/QĐ-LMHTX');
    expect(header.place).toBe('Bình Thuận');
  });

  it('splits header lines by their word boxes', () => {
    const { header } = parseHeader([
      { text: 'UBND TỈNH ĐẮK NÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', page: 1, boxSplit: 4 },
      { text: 'LIÊN MINH HTX Độc lập - Tự do - Hạnh phúc', page: 1, boxSplit: 3 },
      { text: 'Số: 514/KH-LMHTX Đắk Nông, ngày 08 tháng 11 năm 2021', page: 1, boxSplit: 2 },
    ]);
    expect(header.issuer).toEqual({ parent: 'UBND TỈNH ĐẮK NÔNG', name: 'LIÊN MINH HTX' });
    expect(header.number).toBe('514/KH-LMHTX');
    expect(header.date).toBe('2021-11-08');
  });

  it('joins a date line the scan broke after a blank day', () => {
    const { header } = parseHeader(lines('Số: 866/KH-LMHTX\nĐà Nẵng, ngày.\ntháng 6 năm 2026'));
    expect(header.place).toBe('Đà Nẵng');
    expect(header.date).toBeNull();
    expect(header.dateText).toBe('ngày tháng 6 năm 2026');
  });

  it('leaves absent parts null', () => {
    const { header } = parseHeader(lines('Số: /KH-LMHTX\n\nĐắk Nông, ngày tháng 01 năm 2025'));
    expect(header.issuer).toBeNull();
    expect(header.nationalTitle).toBeNull();
    expect(header.number).toBe('/KH-LMHTX');
    expect(header.date).toBeNull();
    expect(header.dateText).toBe('ngày tháng 01 năm 2025');
  });
});
