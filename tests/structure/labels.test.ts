import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/structure/labels.js';

describe('section labels', () => {
  it('recognises each label style', () => {
    expect(matchLabel('I. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ style: 'roman', label: 'I', value: 1, rest: 'MỤC ĐÍCH, YÊU CẦU' });
    expect(matchLabel('2. Yêu cầu')).toMatchObject({ style: 'arabic', label: '2', value: 2 });
    expect(matchLabel('2.1. Quán triệt')).toMatchObject({ style: 'decimal2', label: '2.1', path: [2, 1] });
    expect(matchLabel('3.1.1 Cờ thi đua')).toMatchObject({ style: 'decimal3', label: '3.1.1', path: [3, 1, 1] });
    expect(matchLabel('b) Đối với cá nhân')).toMatchObject({ style: 'letter', label: 'b', value: 2 });
    expect(matchLabel('đ. Khác')).toMatchObject({ style: 'letter', value: 5 });
    expect(matchLabel('Bảy là, đổi mới')).toMatchObject({ style: 'ordinal', label: 'Bảy là', value: 7, rest: 'đổi mới' });
    expect(matchLabel('PHẦN THỨ HAI')).toMatchObject({ style: 'part', value: 2 });
    expect(matchLabel('Điều 3. Chánh Văn phòng')).toMatchObject({ style: 'article', value: 3, rest: 'Chánh Văn phòng' });
    expect(matchLabel('- Tạo khí thế')).toMatchObject({ style: 'dash', label: '-', rest: 'Tạo khí thế' });
  });

  it('reads roman numerals that OCR garbled only before a heading in capitals', () => {
    expect(matchLabel('I11. TỔ CHỨC THỰC HIỆN')).toMatchObject({ style: 'roman', label: 'III', value: 3, misread: true });
    expect(matchLabel('HI. PHƯƠNG HƯỚNG')).toMatchObject({ style: 'roman', misread: true });
    expect(matchLabel('Il. thực hiện tốt')).toBeNull();
    expect(matchLabel('1L. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN')).toMatchObject({ style: 'roman', label: 'II', value: 2, misread: true });
    expect(matchLabel('H.NỘI DUNG, CHỈ TIÊU THI ĐUA')).toMatchObject({ style: 'roman', label: 'II', value: 2, misread: true });
    // Without the dot a 1 and an l are a number or a word.
    expect(matchLabel('1l TỒN TẠI')).toBeNull();
  });

  it('reads an ordinal whose "là" OCR printed as "13", flagging an unknown number word', () => {
    expect(matchLabel('Một 13, tiếp tục quán triệt')).toMatchObject({ style: 'ordinal', label: 'Một là', value: 1, rest: 'tiếp tục quán triệt' });
    expect(matchLabel('Đến 13, chủ động phối hợp')).toMatchObject({ style: 'ordinal', label: 'Đến là', value: 0, misread: true });
  });

  it('reads a comma or a colon after a number as a label only before a capital', () => {
    expect(matchLabel('2, Nhiệm vụ trọng tâm')).toMatchObject({ style: 'arabic', value: 2 });
    expect(matchLabel('2, 3 và 4 đơn vị')).toBeNull();
    expect(matchLabel('6: Hướng dẫn các hợp tác xã')).toMatchObject({ style: 'arabic', value: 6, rest: 'Hướng dẫn các hợp tác xã' });
    expect(matchLabel('15:30 ngày 20/11')).toBeNull();
    expect(matchLabel('2: các đơn vị')).toBeNull();
  });

  it('does not take numbers, dates or plain words for labels', () => {
    expect(matchLabel('2025 là năm')).toBeNull();
    expect(matchLabel('18/12/2024 của')).toBeNull();
    expect(matchLabel('Năm 2025, Liên minh')).toBeNull();
    expect(matchLabel('-5% so với')).toBeNull();
  });
});
