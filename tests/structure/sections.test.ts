import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/document.js';
import type { Line } from '../../src/structure/lines.js';
import { parseSections } from '../../src/structure/sections.js';

const lines = (text: string): Line[] => text.split('\n').map((t) => ({ text: t.trim(), page: 1, boxSplit: null }));
const outline = (sections: Section[]): string[] =>
  sections.flatMap((s) => [`${'  '.repeat(s.level - 1)}${s.label}|${s.heading ?? ''}`, ...outline(s.children)]);

describe('sections', () => {
  it('builds the tree of roman, arabic, letter and dash labels with the preamble before it', () => {
    const body = parseSections(
      lines(`Thực hiện Kế hoạch số 1115/KH-BCH, Liên minh HTX tỉnh xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

- Tạo khí thế thi đua sôi nổi.

- Phát hiện, biểu dương kịp thời.

2. Yêu cầu
Phong trào thi đua cần được tổ chức có trọng tâm.

II. ĐỐI TƯỢNG THI ĐUA

a) Đối với tập thể: Cơ quan Liên minh Hợp tác xã tỉnh.

b) Đối với cá nhân: Cán bộ, công chức.`),
    );
    expect(body.preamble).toBe('Thực hiện Kế hoạch số 1115/KH-BCH, Liên minh HTX tỉnh xây dựng Kế hoạch như sau:');
    expect(outline(body.sections)).toEqual([
      'I|MỤC ĐÍCH, YÊU CẦU',
      '  1|Mục đích',
      '    -|',
      '    -|',
      '  2|Yêu cầu',
      'II|ĐỐI TƯỢNG THI ĐUA',
      '  a|Đối với tập thể',
      '  b|Đối với cá nhân',
    ]);
    expect(body.sections[0].children[1].text).toBe('Phong trào thi đua cần được tổ chức có trọng tâm.');
    expect(body.sections[1].children[0].text).toBe('Cơ quan Liên minh Hợp tác xã tỉnh.');
  });

  it('takes a long numbered line for a numbered sentence, not a heading', () => {
    const body = parseSections(
      lines(`1. Sở Tài chính bố trí kinh phí khen thưởng từ nguồn ngân sách được giao
và các nguồn hợp pháp khác.
2. Sở Nội vụ làm tốt công tác tuyên truyền về phong trào thi đua trên trang
thông tin điện tử.`),
    );
    expect(body.sections).toHaveLength(2);
    expect(body.sections[0].heading).toBeNull();
    expect(body.sections[0].text).toBe('Sở Tài chính bố trí kinh phí khen thưởng từ nguồn ngân sách được giao và các nguồn hợp pháp khác.');
  });

  it('does not start a section at a wrapped line that begins with a number', () => {
    const body = parseSections(
      lines(`1. Mục tiêu
Hỗ trợ thành lập mới ít nhất 28 hợp tác xã trong năm, phấn đấu đến hết quý
2. Các đơn vị đăng ký chỉ tiêu trước ngày 15.`),
    );
    expect(body.sections).toHaveLength(1);
    expect(body.sections[0].text).toContain('hết quý 2. Các đơn vị');
  });

  it('does not take a number out of sequence for a label', () => {
    const body = parseSections(lines(`1. Mục tiêu\n\nNội dung.\n\n7. Tăng trưởng bảy phần trăm so với cùng kỳ năm trước, vượt kế hoạch đề ra.`));
    expect(body.sections).toHaveLength(1);
  });

  it('nests "Một là" … "Bảy là" under their heading', () => {
    const body = parseSections(
      lines(`1. Mục tiêu

Phát huy tinh thần đoàn kết.

2. Nội dung thi đua

Một là, tiếp tục quán triệt tư tưởng của Chủ tịch Hồ Chí Minh.

Hai là, tổ chức triển khai có hiệu quả.`),
    );
    expect(outline(body.sections)).toEqual(['1|Mục tiêu', '2|Nội dung thi đua', '  Một là|', '  Hai là|']);
    expect(body.sections[1].children[1].text).toBe('tổ chức triển khai có hiệu quả.');
  });

  it('keeps a garbled ordinal in its running list', () => {
    const body = parseSections(lines('1. Nội dung\n\nMột là, tuyên truyền.\n\nHai là, triển khai.\n\nĐến 13, phối hợp.\n\nNăm là, phát triển.'));
    expect(body.sections[0].children.map((s) => s.label)).toEqual(['Một là', 'Hai là', 'Đến là', 'Năm là']);
  });

  it('nests decimal labels under the matching number', () => {
    const body = parseSections(
      lines(`1. Tiêu chuẩn khen thưởng:

1.1 Tập thể

1.1.1 Cờ thi đua của Ban Chấp hành Liên minh Hợp tác xã Việt Nam:

1.1.2 Bằng khen của Ban Chấp hành Liên minh Hợp tác xã Việt Nam:

1.2 Cá nhân`),
    );
    expect(outline(body.sections)).toEqual([
      '1|Tiêu chuẩn khen thưởng',
      '  1.1|Tập thể',
      '    1.1.1|Cờ thi đua của Ban Chấp hành Liên minh Hợp tác xã Việt Nam',
      '    1.1.2|Bằng khen của Ban Chấp hành Liên minh Hợp tác xã Việt Nam',
      '  1.2|Cá nhân',
    ]);
  });

  it('renumbers a roman part whose numeral OCR garbled', () => {
    const body = parseSections(lines('I. MỤC ĐÍCH\n\nNội dung.\n\nII. NỘI DUNG\n\nNội dung.\n\nII. ĐỐI TƯỢNG\n\nHI. TỔ CHỨC THỰC HIỆN'));
    expect(body.sections.map((s) => s.label)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('gives the first part its numeral back when OCR lost "I."', () => {
    const body = parseSections(lines('Ủy ban xây dựng Kế hoạch như sau:\nMỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNội dung.\n\nII. NỘI DUNG THI ĐUA\n\nNội dung.'));
    expect(outline(body.sections)).toEqual(['I|MỤC ĐÍCH, YÊU CẦU', '  1|Mục đích', 'II|NỘI DUNG THI ĐUA']);
    expect(body.preamble).toBe('Ủy ban xây dựng Kế hoạch như sau:');
  });

  it('gives a middle part its numeral back when OCR lost "III."', () => {
    const body = parseSections(lines('I. MỤC ĐÍCH\n\nNội dung.\n\nII. NỘI DUNG\n\nNội dung.\nĐỐI TƯỢNG, THỜI GIAN THI ĐUA\n\n1. Đối tượng thi đua\n\nIV. HÌNH THỨC KHEN THƯỞNG'));
    expect(outline(body.sections)).toEqual(['I|MỤC ĐÍCH', 'II|NỘI DUNG', 'III|ĐỐI TƯỢNG, THỜI GIAN THI ĐUA', '  1|Đối tượng thi đua', 'IV|HÌNH THỨC KHEN THƯỞNG']);
  });

  it('puts roman parts under capital-letter parts of a report', () => {
    const body = parseSections(lines('A. KẾT QUẢ ĐẠT ĐƯỢC\n\nI. CÔNG TÁC CHỈ ĐẠO\n\nNội dung.\n\nII. KẾT QUẢ CỤ THỂ\n\nNội dung.\n\nB. PHƯƠNG HƯỚNG NĂM 2026\n\nNội dung.'));
    expect(outline(body.sections)).toEqual(['A|KẾT QUẢ ĐẠT ĐƯỢC', '  I|CÔNG TÁC CHỈ ĐẠO', '  II|KẾT QUẢ CỤ THỂ', 'B|PHƯƠNG HƯỚNG NĂM 2026']);
  });

  it('reads Điều 1, Điều 2 of a decision as top-level sections', () => {
    const body = parseSections(
      lines(`Căn cứ Luật Thi đua, khen thưởng;
Điều 1. Tặng Giấy khen cho 33 tập thể và 90 cá nhân.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.`),
    );
    expect(body.preamble).toBe('Căn cứ Luật Thi đua, khen thưởng;');
    expect(body.sections.map((s) => s.label)).toEqual(['Điều 1', 'Điều 2']);
  });

  it('keeps dashes before the first numbered part in the preamble', () => {
    const body = parseSections(lines('- Căn cứ Quyết định số 1/QĐ-UBND;\n- Căn cứ Kế hoạch năm;\n\nI. MỤC ĐÍCH'));
    expect(body.sections).toHaveLength(1);
    expect(body.preamble).toBe('- Căn cứ Quyết định số 1/QĐ-UBND;\n- Căn cứ Kế hoạch năm;');
  });
});
