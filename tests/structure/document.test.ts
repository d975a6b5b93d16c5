// structureDocument on whole documents as the OCR of a stamped scan gives them.
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../src/structure/index.js';
import { schemaErrors } from './document-helper.js';

const structure = (text: string) => structureDocument({ text, pages: [] });

describe('structureDocument on OCR text', () => {
  it('reads a text with no header at all (a paragraph filed alone) as its preamble, without failing', () => {
    for (const text of ['Liên minh Hợp tác xã tỉnh Sơn La', 'Kết quả thi đua năm 2024\nCác hợp tác xã đều hoàn thành kế hoạch.']) {
      const fields = structure(text);
      expect(fields.header?.number ?? null).toBeNull();
      expect(fields.signature).toBeNull();
      expect(fields.preamble).toBe(text.replace('\n', ' '));
      expect(schemaErrors(fields, text)).toEqual([]);
    }
  });

  it('finds the closing by the end mark when a stamp wiped "Nơi nhận:"', () => {
    const text = `ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
LIÊN MINH HỢP TÁC XÃ
Số: 335/TB-LMHTX
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 01 tháng 01 năm 2019
THÔNG BÁO
Về việc tổ chức Hội nghị điển hình tiên tiến giai đoạn 2018-2019

Căn cứ kết quả theo dõi, đánh giá thi đua năm 2018; Liên minh HTX tỉnh thông báo như sau:
1. Kết quả đạt được
Có 6 sản phẩm của hợp tác xã được công nhận đạt chuẩn OCOP.
2. Nhiệm vụ trọng tâm thời gian tới
Xây dựng và nhân rộng các mô hình hợp tác xã kiểu mới.
Liên minh HTX tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

bi ch —
E tỉn gø Yên (b/c);
.- Liên minh HTX Việt Nam (b/c);
- Các hợp tác xã, liên hiệp hợp tác xã;
-Lưu: VI, CSTT.

TM;BAN'CHẤP.HÀNH
7 4S CHỦ.TÌ
"4

Dương Tiến Bình`;
    const fields = structure(text);
    expect(fields.header.issuer).toEqual({ parent: 'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN', name: 'LIÊN MINH HỢP TÁC XÃ' });
    expect(fields.documentType).toBe('thong-bao');
    expect(fields.title).toBe('THÔNG BÁO Về việc tổ chức Hội nghị điển hình tiên tiến giai đoạn 2018-2019');
    expect(fields.sections).toHaveLength(2);
    expect(fields.recipients).toEqual(['E tỉn gø Yên (b/c)', 'Liên minh HTX Việt Nam (b/c)', 'Các hợp tác xã, liên hiệp hợp tác xã', 'Lưu: VI, CSTT']);
    expect(fields.signature?.name).toBe('Dương Tiến Bình');
    expect(schemaErrors(fields, text)).toEqual([]);
  });

  it('takes the list above the signature when there is neither label nor end mark', () => {
    const fields = structure(`QUYẾT ĐỊNH
Về việc kiện toàn Hội đồng Thi đua - Khen thưởng

Điều 1. Kiện toàn Hội đồng gồm 15 thành viên.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

in in
- Như Điều 2;
: - Thường trực Ủy ban MTTQ Việt Nam tỉnh;
- Lưu: VT.

TM‹BAN THƯỜNG TRỰC
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Phan Minh Nhung`);
    expect(fields.sections.map((s) => s.label)).toEqual(['Điều 1', 'Điều 2']);
    expect(fields.recipients).toEqual(['Như Điều 2', 'Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'Lưu: VT']);
    expect(fields.signature).toEqual({ authority: 'TM‹BAN THƯỜNG TRỰC KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Phan Minh Nhung' });
  });

  it('reads a date whose month word OCR garbled and drops a list entry read twice', () => {
    const fields = structure(`Số: 572/KH-LMHTX
Phú Thọ, ngày 17 thúng 12 năm 2020
KẾ HOẠCH
Hỗ trợ phát triển hợp tác xã

I. MỤC ĐÍCH

Nội dung.

IL NỘI DUNG, CHỈ TIÊU THI ĐUA

Nội dung./.

Nơi nhận:
- Thanh tra Sở;
- Thanh tra Sở;
- Lưu: VT.`);
    expect(fields.header.date).toBe('2020-12-17');
    expect(fields.sections.map((s) => s.label)).toEqual(['I', 'II']);
    expect(fields.recipients).toEqual(['Thanh tra Sở', 'Lưu: VT']);
  });

  it('keeps in the header of a letter a date line the scan broke after its blank day', () => {
    const fields = structure(`UBND TỈNH BÌNH ĐỊNH
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 688/SVHTTDL-KT
V/v đề nghị khen thưởng tổng kết năm 2020

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bình Định, ngày...
tháng 7 năm 2021

Kính gửi: Các thành viên Hội đồng Thi đua - Khen thưởng.

Thực hiện Quyết định số 1438/QĐ-TTg ngày 11/05/2020 của Thủ tướng Chính phủ về tổ chức phong trào thi đua năm 2021, Sở đề nghị khen thưởng./.`);
    expect(fields.documentType).toBe('cong-van');
    expect(fields.header).toMatchObject({ place: 'Bình Định', date: null, number: '688/SVHTTDL-KT' });
    expect(fields.title).toBe('V/v đề nghị khen thưởng tổng kết năm 2020');
    expect(fields.preamble ?? '').not.toContain('tháng 7 năm 2021');
  });

  it('does not take a numbered sentence broken by a page break for a heading', () => {
    const fields = structure(`Số: 1/SVHTTDL-KT
V/v đăng ký thi đua năm 2026

Kính gửi: Các đơn vị.
1. Thực hành tiết kiệm, chống lãng phí trong sử dụng kinh phí.
2. Tích cực tham gia các hoạt động từ thiện, nhân đạo, ủng hộ Quỹ “Vì người

nghèo”, giúp đỡ hộ nghèo trên địa bàn.
Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.`);
    expect(fields.documentType).toBe('cong-van');
    expect(fields.title).toBe('V/v đăng ký thi đua năm 2026');
    expect(fields.sections[1].heading).toBeNull();
    expect(fields.sections[1].text).toContain('Quỹ “Vì người nghèo”, giúp đỡ');
  });
});

describe('structureDocument on empty input', () => {
  it('gives every field absent and validates', () => {
    const fields = structure('');
    expect(fields).toMatchObject({ documentType: 'khac', title: null, preamble: null, sections: [], references: [], recipients: [], signature: null });
    expect(schemaErrors(fields, '')).toEqual([]);
  });
});
