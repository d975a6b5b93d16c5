import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/structure/lines.js';
import { findTypeLine, readTitle } from '../../src/structure/title.js';

const lines = (text: string): Line[] => text.split('\n').map((t) => ({ text: t.trim(), page: 1, boxSplit: null }));

describe('title', () => {
  it('joins the type line and the summary lines under it', () => {
    const doc = lines(`Số: 514/KH-LMHTX
KẾ HOẠCH

Triển khai phong trào thi đua đặc biệt “Liên minh Hợp tác xã tỉnh Đắk
Nông cùng các Hợp tác xã”

Thực hiện Kế hoạch số 747/KH-LMHTXVN ngày 19/10/2021`);
    const at = findTypeLine(doc);
    expect(at).toBe(1);
    const block = readTitle(doc, at);
    expect(block.title).toBe('KẾ HOẠCH Triển khai phong trào thi đua đặc biệt “Liên minh Hợp tác xã tỉnh Đắk Nông cùng các Hợp tác xã”');
    expect(doc[block.end].text === '' || doc[block.end].text.startsWith('Thực hiện')).toBe(true);
  });

  it('stops the summary at the opening words of the body even without a blank line', () => {
    const doc = lines(`QUYẾT ĐỊNH
Về việc khen thưởng các tập thể
Căn cứ Luật Thi đua, khen thưởng;`);
    expect(readTitle(doc, 0).title).toBe('QUYẾT ĐỊNH Về việc khen thưởng các tập thể');
  });

  it('keeps summary lines that OCR ended with a stray dot', () => {
    const doc = lines(`QUYẾT ĐỊNH
Về việc kiện toàn Hội đồng Thi đua - Khen thưởng của Ủy ban.
MTTQ Việt Nam tỉnh

BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM`);
    expect(readTitle(doc, 0).title).toBe('QUYẾT ĐỊNH Về việc kiện toàn Hội đồng Thi đua - Khen thưởng của Ủy ban MTTQ Việt Nam tỉnh');
    expect(readTitle(lines('PHÁT ĐỘNG\nĐợt thi đua chào mừng Đại hội Thi đua yêu nước tỉnh Ninh\nThuận lần thứ V..\n\nHưởng ứng phong trào'), 0).title).toBe(
      'PHÁT ĐỘNG Đợt thi đua chào mừng Đại hội Thi đua yêu nước tỉnh Ninh Thuận lần thứ V',
    );
  });

  it('drops a speck of punctuation after the type line', () => {
    expect(readTitle(lines('KẾ HOẠCH.\nTổ chức phong trào thi đua năm 2021\n\nThực hiện'), 0).title).toBe(
      'KẾ HOẠCH Tổ chức phong trào thi đua năm 2021',
    );
  });

  it('does not take a body paragraph for a summary', () => {
    const doc = lines(`THÔNG BÁO

Liên minh HTX tỉnh thông báo kết quả thi đua năm 2024 như sau: các đơn vị
đã hoàn thành tốt nhiệm vụ được giao.`);
    expect(readTitle(doc, 0).title).toBe('THÔNG BÁO');
  });

  it('keeps a short summary line when the body follows it with no blank line', () => {
    const doc = lines(`PHÁT ĐỘNG
Phong trào thi đua năm 2023
Năm 2023 là năm có ý nghĩa quan trọng trong việc thực hiện các mục tiêu giai
đoạn 2023-2027. Nhằm khích lệ các tập thể, cá nhân trong toàn hệ thống thi đua hoàn
thành xuất sắc nhiệm vụ, Liên minh HTX tỉnh phát động phong trào thi đua như sau:`);
    expect(readTitle(doc, 0)).toMatchObject({ title: 'PHÁT ĐỘNG Phong trào thi đua năm 2023', end: 2 });
  });

  it('takes back a last word the scan pushed below a blank line', () => {
    const doc = lines(`KẾ HOẠCH
Hỗ trợ phát triển hợp tác xã trên địa bàn tỉnh Phú Thọ năm

2020

Thực hiện Kế hoạch số 784/KH-LMHTXVN`);
    expect(readTitle(doc, 0).title).toBe('KẾ HOẠCH Hỗ trợ phát triển hợp tác xã trên địa bàn tỉnh Phú Thọ năm 2020');
  });
});
