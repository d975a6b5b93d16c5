import { describe, expect, it } from 'vitest';
import { isRecipientsLabel, parseClosing, splitSignatureTail } from '../../src/structure/closing.js';
import type { Line } from '../../src/structure/lines.js';

const lines = (text: string): Line[] => text.split('\n').map((t) => ({ text: t.trim(), page: 1, boxSplit: null }));

describe('closing', () => {
  it('reads recipients and a signature given one after the other', () => {
    expect(
      parseClosing(
        lines(`Nơi nhận:
- UBND tỉnh (b/c);
- Liên minh HTX Việt Nam (b/c);
- Lưu: VT (Y).
TM. BAN CHẤP HÀNH
CHỦ TỊCH

Nguyễn Khải`),
      ),
    ).toEqual({
      recipients: ['UBND tỉnh (b/c)', 'Liên minh HTX Việt Nam (b/c)', 'Lưu: VT (Y)'],
      signature: { authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Nguyễn Khải' },
    });
  });

  it('separates recipients from a signature read side by side on the same lines', () => {
    expect(
      parseClosing(
        lines(`Nơi nhận: o TM. THƯỜNG TRỰC
- LMHTX Việt Nam (B/c); [
- Ủy ban MTTQ VN tỉnh (B/c); KT. CHỦ TỊCH
- Sở Nội vụ (Phòng thi đua khen thưởng tỉnh) (B/c): PHÓ CHỦ TỊCH
- Các đ/c Ủy viên BCH;
-TT. LMT;
- Lưu VT, VP.

Lê Huy Phong`),
      ),
    ).toEqual({
      recipients: [
        'LMHTX Việt Nam (B/c)',
        'Ủy ban MTTQ VN tỉnh (B/c)',
        'Sở Nội vụ (Phòng thi đua khen thưởng tỉnh) (B/c)',
        'Các đ/c Ủy viên BCH',
        'TT. LMT',
        'Lưu VT, VP',
      ],
      signature: { authority: 'TM. THƯỜNG TRỰC KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Lê Huy Phong' },
    });
  });

  it('joins a wrapped recipient and ignores initials and specks', () => {
    const closing = parseClosing(
      lines(`Nơi nhận: T/M BAN THƯỜNG VỤ
- Ban Thi đua Khen thưởng LMHTXVN; CHỦ TỊCH
- Các phòng, Ban đơn vị trực thuộc Liên
minh HTX tỉnh;
- Ban Thi đua - Khen thưởng thành phố Hải
Phòng;
- Lưu VT, VP (Thư).

hy

Nguyễn Khải`),
    );
    expect(closing.recipients).toEqual([
      'Ban Thi đua Khen thưởng LMHTXVN',
      'Các phòng, Ban đơn vị trực thuộc Liên minh HTX tỉnh',
      'Ban Thi đua - Khen thưởng thành phố Hải Phòng',
      'Lưu VT, VP (Thư)',
    ]);
    expect(closing.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', position: 'CHỦ TỊCH', name: 'Nguyễn Khải' });
  });

  it('splits off only a trailing run of capitals that names a post', () => {
    expect(splitSignatureTail('- Ủy ban MTTQ VN tỉnh (B/c); KT. CHỦ TỊCH')).toEqual(['- Ủy ban MTTQ VN tỉnh (B/c);', 'KT. CHỦ TỊCH']);
    expect(splitSignatureTail('- Lưu VT, VP.')).toBeNull();
    expect(splitSignatureTail('- UBND TỈNH;')).toBeNull();
  });

  it('counts an entry that lost its dash, even a short one in capitals', () => {
    const closing = parseClosing(lines('Nơi nhận:\n- Như Điều 4;\n- Ban Thi đua - Khen thưởng thành phố Đà\nNẵng;\nVT.\n\nTM. BAN THƯỜNG VỤ\nKT. CHỦ TỊCH.\nPHÓ CHỦ TỊCH\nVĂN,\n\nĐinh Thị Kim Thủy'));
    expect(closing.recipients).toEqual(['Như Điều 4', 'Ban Thi đua - Khen thưởng thành phố Đà Nẵng', 'VT']);
    expect(closing.signature?.name).toBe('Đinh Thị Kim Thủy');
  });

  it('keeps a short entry after one that ended with ";" apart', () => {
    expect(parseClosing(lines('Nơi nhận:\n- UBND tỉnh (b/c);\nNhư trên;\n- Lưu: VT.')).recipients).toEqual(['UBND tỉnh (b/c)', 'Như trên', 'Lưu: VT']);
  });

  it('finds the name of the signer read on the same line as the last entry', () => {
    const closing = parseClosing(lines('Nơi nhận:\n- Như trên;\n- Lưu: VT, TH. Hồ Mạnh Huy'));
    expect(closing.recipients).toEqual(['Như trên', 'Lưu: VT, TH']);
    expect(closing.signature?.name).toBe('Hồ Mạnh Huy');
  });

  it('knows the list label OCR misread as "Nơi nhậm"', () => {
    expect(parseClosing(lines('Nơi nhậm\n- Thanh tra Sở;\n- Lưu: VT.')).recipients).toEqual(['Thanh tra Sở', 'Lưu: VT']);
  });

  it('does not take a sentence about a place for the list label', () => {
    expect(isRecipientsLabel('Nơi nhận:')).toBe(true);
    expect(isRecipientsLabel('Nơi nhận: TM. BAN CHẤP HÀNH')).toBe(true);
    expect(isRecipientsLabel('Nơi nhà văn hóa thôn được sửa chữa')).toBe(false);
  });

  it('takes a name printed in capitals when there is no other', () => {
    expect(parseClosing(lines('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNGUYỄN VĂN AN')).signature?.name).toBe('NGUYỄN VĂN AN');
    expect(parseClosing(lines('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLIÊN MINH HTX\n\nNguyễn Văn An')).signature?.name).toBe('Nguyễn Văn An');
    expect(parseClosing(lines('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLIÊN MINH HTX\nvà 4s')).signature?.name).toBeNull();
  });

  it('gives no signature when none is printed', () => {
    expect(parseClosing(lines('Nơi nhận:\n- Như trên;\n- Lưu: VT.')).signature).toBeNull();
  });
});
