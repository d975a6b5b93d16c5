// The body of each kind of document: preamble, numbered parts and closing, sized to fill 1–4 pages.
import type { DocumentType } from '../document.js';
import { expand, type Vars } from './expand.js';
import type { Issuer } from './issuers.js';
import { type Block, centered, labelled, para } from './model.js';
import {
  ACHIEVEMENTS, AWARD_CRITERIA, AWARDS, CLOSINGS, CONTENT_HEADINGS, CONTENT_ITEMS, DUTIES, LEADERSHIP, ORDINALS, PERIOD,
  PROPOSALS, PURPOSES, REQUIREMENTS, SHORTCOMINGS, TARGET_GROUPS,
} from './phrases.js';
import type { Random } from './random.js';

/** A document the body cites, as the structure stage should extract it. */
export interface CitedDocument {
  type: string;
  number: string;
  /** ISO date. */
  date: string;
  issuer: string;
}

export interface BodyContext {
  rng: Random;
  /** Filled as the body cites documents. */
  cited: CitedDocument[];
  /** Filled when the body states the campaign period; ISO dates. */
  period: { from: string; to: string } | null;
  vars: Vars;
  /** Roughly the pages the body should fill, 1–4. */
  size: number;
  issuer: Issuer;
  year: number;
  month: number;
}

export interface Body {
  blocks: Block[];
  addressee: string | null;
  topLevelSections: number;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e'];

const pad2 = (n: number): string => String(n).padStart(2, '0');
const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Up to `count` distinct sentences from a pool, expanded. */
function sentences(c: BodyContext, pool: readonly string[], count: number): string[] {
  return c.rng.sample(pool, count).map((t) => expand(c.rng, t, c.vars));
}

/** Between `min` and `max` items, more for longer documents. */
function howMany(c: BodyContext, min: number, max: number): number {
  const scaled = Math.round(min + ((max - min) * (c.size - 1)) / 3);
  return Math.max(min, Math.min(max, scaled + c.rng.int(-1, 1)));
}

const dashes = (items: string[]): Block[] => items.map((t) => para(`- ${t}`));
const heading = (label: string, text: string): Block => para(`${label}. ${text}`, 'bold');

/** A cited document: type, number, date and issuer as offices write them, the date before the document's own. */
function reference(c: BodyContext): string {
  const { rng } = c;
  const year = rng.chance(0.7) ? c.year : c.year - rng.int(1, 3);
  const month = year === c.year ? rng.int(1, Math.max(1, c.month)) : rng.int(1, 12);
  const day = rng.int(1, 28);
  const n = rng.int(10, 1500);
  const cited: Array<[string, string, string]> = [
    ['Kế hoạch', `${n}/KH-UBND`, `Ủy ban nhân dân ${String(c.vars.p)}`],
    ['Chỉ thị', `${rng.int(5, 45)}-CT/TW`, 'Ban Bí thư'],
    ['Quyết định', `${n}/QĐ-TTg`, 'Thủ tướng Chính phủ'],
    ['Nghị quyết', `${rng.int(10, 200)}/NQ-HĐND`, `Hội đồng nhân dân ${String(c.vars.p)}`],
    ['Hướng dẫn', `${rng.int(100, 2500)}/HD-BTĐKT`, 'Ban Thi đua - Khen thưởng Trung ương'],
  ];
  if (c.issuer.symbol === 'LMHTX') {
    cited.push(['Kế hoạch', `${n}/KH-LMHTXVN`, 'Liên minh Hợp tác xã Việt Nam'], ['Kế hoạch', `${n}/KH-BCH`, 'Ban Chấp hành Liên minh Hợp tác xã Việt Nam']);
  }
  const [type, number, issuer] = rng.pick(cited);
  c.cited.push({ type, number, date: `${year}-${pad2(month)}-${pad2(day)}`, issuer });
  return expand(rng, `${type} số ${number} ngày ${pad2(day)}/${pad2(month)}/${year} của ${issuer} về [tổ chức phong trào thi đua năm {y}|{topic}|công tác thi đua, khen thưởng]`, c.vars);
}

function closing(c: BodyContext, type: ComposedType): Block {
  return para(expand(c.rng, c.rng.pick(CLOSINGS[type]), c.vars));
}

function keHoach(c: BodyContext): Body {
  const blocks: Block[] = [
    para(expand(c.rng, `Thực hiện ${reference(c)}; {org} xây dựng Kế hoạch {summaryLower} [như sau|với những nội dung sau]:`, c.vars)),
  ];
  let top = 0;
  const part = (text: string): void => void blocks.push(heading(ROMAN[top++], text));
  part('MỤC ĐÍCH, YÊU CẦU');
  blocks.push(heading('1', 'Mục đích'), ...dashes(sentences(c, PURPOSES, howMany(c, 1, 4))));
  blocks.push(heading('2', 'Yêu cầu'), ...dashes(sentences(c, REQUIREMENTS, howMany(c, 1, 4))));
  part(c.rng.pick(['NỘI DUNG THI ĐUA', 'NỘI DUNG, CHỈ TIÊU THI ĐUA']));
  if (c.rng.chance(0.3)) {
    sentences(c, CONTENT_ITEMS, howMany(c, 2, 6)).forEach((t, i) => blocks.push(labelled(`${ORDINALS[i]}, `, lowerFirst(t), 'boldItalic')));
  } else {
    const headings = c.rng.sample(CONTENT_HEADINGS, howMany(c, 1, 4));
    headings.forEach((h, i) => blocks.push(heading(String(i + 1), h), ...dashes(sentences(c, CONTENT_ITEMS, howMany(c, 1, 3)))));
  }
  part('ĐỐI TƯỢNG, THỜI GIAN THI ĐUA');
  blocks.push(heading('1', 'Đối tượng thi đua'));
  TARGET_GROUPS.forEach((t, i) => blocks.push(para(`${LETTERS[i]}) ${expand(c.rng, t, c.vars)}`)));
  blocks.push(labelled('2. Thời gian thi đua: ', expand(c.rng, PERIOD, periodVars(c))));
  if (c.size >= 2) {
    part('HÌNH THỨC KHEN THƯỞNG');
    blocks.push(heading('1', 'Hình thức khen thưởng'), ...dashes(sentences(c, AWARDS, howMany(c, 2, 4)).map((a) => `${a};`)));
    if (c.size >= 3) {
      blocks.push(heading('2', 'Tiêu chuẩn khen thưởng'));
      const [collective, individual, ...rest] = c.rng.sample(AWARD_CRITERIA, AWARD_CRITERIA.length);
      blocks.push(para('2.1. Đối với tập thể', 'italic'), para(expand(c.rng, collective, c.vars)));
      blocks.push(para('2.2. Đối với cá nhân', 'italic'), para(expand(c.rng, individual, c.vars)));
      blocks.push(...dashes(rest.map((t) => expand(c.rng, t, c.vars))));
    }
  }
  part('TỔ CHỨC THỰC HIỆN');
  blocks.push(...dashes(sentences(c, DUTIES, howMany(c, 2, 5))));
  blocks.push(closing(c, 'ke-hoach'));
  return { blocks, addressee: null, topLevelSections: top };
}

/** The campaign period, from the first of the document's month to a year-end date; recorded as a label. */
function periodVars(c: BodyContext): Vars {
  const [day, month] = c.rng.pick([[30, 11], [15, 12], [31, 12]]);
  c.period = { from: `${c.year}-${pad2(c.month)}-01`, to: `${c.year}-${pad2(month)}-${pad2(day)}` };
  return { ...c.vars, from: `01/${pad2(c.month)}/${c.year}`, to: `${pad2(day)}/${pad2(month)}/${c.year}` };
}

function phatDong(c: BodyContext): Body {
  const blocks: Block[] = [
    para(expand(c.rng, c.rng.pick([
      'Trong năm {y0}, {org} đã triển khai [thực hiện tốt|có hiệu quả] các phong trào thi đua yêu nước và đạt được nhiều kết quả [tích cực|quan trọng]. Để phát huy những kết quả đã đạt được, {org} phát động phong trào thi đua năm {y} [gồm những nội dung sau đây|với các nội dung chủ yếu sau]:',
      'Năm {y} là năm có ý nghĩa quan trọng trong việc thực hiện các mục tiêu giai đoạn {y}-{y5}. Nhằm [cổ vũ, động viên|khích lệ] {people} thi đua hoàn thành xuất sắc nhiệm vụ, {org} phát động phong trào thi đua [với những nội dung sau|như sau]:',
      'Hưởng ứng phong trào thi đua "{campaign}", {org} phát động [đợt|phong trào] thi đua năm {y} trong toàn hệ thống với các nội dung sau:',
    ]), c.vars)),
  ];
  let top = 0;
  const part = (text: string): void => void blocks.push(heading(String(++top), text));
  part('Mục tiêu');
  blocks.push(...sentences(c, PURPOSES, howMany(c, 1, 4)).map((t) => para(t)));
  part('Nội dung thi đua');
  sentences(c, CONTENT_ITEMS, howMany(c, 3, 7)).forEach((t, i) => blocks.push(labelled(`${ORDINALS[i]}, `, lowerFirst(t))));
  if (c.size >= 2) {
    part('Thời gian thi đua');
    blocks.push(para(expand(c.rng, PERIOD, periodVars(c))));
    part('Hình thức khen thưởng');
    blocks.push(...dashes(sentences(c, AWARDS, howMany(c, 2, 5)).map((a) => `${a};`)));
    if (c.size >= 3) blocks.push(...sentences(c, AWARD_CRITERIA, howMany(c, 1, 4)).map((t) => para(t)));
  }
  part('Tổ chức thực hiện');
  blocks.push(...dashes(sentences(c, DUTIES, howMany(c, 1, 4))));
  blocks.push(closing(c, 'phat-dong'));
  return { blocks, addressee: null, topLevelSections: top };
}

function quyetDinh(c: BodyContext): Body {
  const law = c.year >= 2024
    ? 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'
    : 'Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;';
  const authority = c.issuer.collective && c.issuer.symbol !== 'UBND'
    ? `${c.issuer.collective} ${String(c.vars.orgFull).toLocaleUpperCase('vi')}`
    : `${c.issuer.head} ${String(c.vars.orgFull).toLocaleUpperCase('vi')}`;
  const blocks: Block[] = [centered(authority), para(law, 'italic')];
  if (c.year >= 2024) {
    blocks.push(para('Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;', 'italic'));
    c.cited.push({ type: 'Nghị định', number: '98/2023/NĐ-CP', date: '2023-12-31', issuer: 'Chính phủ' });
  }
  blocks.push(para(`Căn cứ ${reference(c)};`, 'italic'));
  blocks.push(para(expand(c.rng, 'Theo đề nghị của [Chánh Văn phòng|Thủ trưởng {unit}|Thường trực Hội đồng Thi đua - Khen thưởng].', c.vars), 'italic'));
  blocks.push(centered('QUYẾT ĐỊNH:'));
  // The articles follow from what the decision is about, as its trích yếu says.
  const about = String(c.vars.summaryLower);
  const [first, second] = about.includes('khen thưởng các')
    ? ['Tặng Giấy khen cho {n} tập thể và {n3} cá nhân đã có thành tích xuất sắc trong phong trào thi đua năm {y0} (có danh sách kèm theo).',
      'Mỗi tập thể được thưởng {money}.000 đồng, mỗi cá nhân được thưởng {money}.000 đồng theo quy định hiện hành.']
    : about.includes('kiện toàn')
      ? ['Kiện toàn Hội đồng Thi đua - Khen thưởng của {org} gồm {n2} thành viên (có danh sách kèm theo).',
        'Hội đồng có nhiệm vụ tham mưu, tư vấn về công tác thi đua, khen thưởng; [tự giải thể khi hết nhiệm vụ|hoạt động theo quy chế do Chủ tịch Hội đồng ban hành].']
      : ['Ban hành kèm theo Quyết định này Kế hoạch tổ chức phong trào thi đua năm {y} của {org}.',
        'Kinh phí thực hiện được bố trí từ nguồn kinh phí thi đua, khen thưởng năm {y} theo quy định hiện hành.'];
  const articles = [
    expand(c.rng, first, c.vars),
    ...(c.size >= 2 ? [expand(c.rng, second, c.vars)] : []),
    'Quyết định này có hiệu lực kể từ ngày ký.',
    expand(c.rng, 'Chánh Văn phòng, Thủ trưởng [các phòng, ban, đơn vị trực thuộc|{unit}] và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.', c.vars),
  ];
  articles.forEach((text, i) => blocks.push(labelled(`Điều ${i + 1}. `, text)));
  return { blocks, addressee: null, topLevelSections: articles.length };
}

function thongBao(c: BodyContext): Body {
  const blocks: Block[] = [
    para(expand(c.rng, c.rng.pick([
      'Căn cứ kết quả [chấm điểm, bình xét|theo dõi, đánh giá] thi đua năm {y0}; {org} thông báo [như sau|một số nội dung như sau]:',
      'Ngày {deadline}, {org} đã tổ chức hội nghị [đánh giá|tổng kết] công tác thi đua, khen thưởng. {org} thông báo kết quả hội nghị như sau:',
    ]), c.vars)),
  ];
  const parts = c.rng.sample(
    [
      ['Kết quả đạt được', ACHIEVEMENTS],
      ['Những tồn tại, hạn chế', SHORTCOMINGS],
      ['Nhiệm vụ trọng tâm thời gian tới', CONTENT_ITEMS],
      ['Đề xuất khen thưởng', AWARD_CRITERIA],
    ] as const,
    howMany(c, 2, 4),
  );
  parts.forEach(([title, pool], i) => {
    blocks.push(heading(String(i + 1), title));
    blocks.push(...sentences(c, pool, howMany(c, 1, 5)).map((t) => para(t)));
  });
  blocks.push(closing(c, 'thong-bao'));
  return { blocks, addressee: null, topLevelSections: parts.length };
}

function baoCao(c: BodyContext): Body {
  const blocks: Block[] = [para(expand(c.rng, `Thực hiện ${reference(c)}, {org} báo cáo {summaryLower} như sau:`, c.vars))];
  let top = 0;
  const part = (text: string): void => void blocks.push(heading(ROMAN[top++], text));
  part('KẾT QUẢ THỰC HIỆN');
  blocks.push(heading('1', 'Công tác lãnh đạo, chỉ đạo'));
  blocks.push(...sentences(c, LEADERSHIP, howMany(c, 1, 3)).map((t) => para(t)));
  blocks.push(heading('2', 'Kết quả cụ thể'), ...dashes(sentences(c, ACHIEVEMENTS, howMany(c, 2, 8))));
  if (c.size >= 3) blocks.push(heading('3', 'Công tác khen thưởng'), ...sentences(c, AWARD_CRITERIA, howMany(c, 1, 3)).map((t) => para(t)));
  part('TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN');
  blocks.push(...dashes(sentences(c, SHORTCOMINGS, howMany(c, 1, 6))));
  part(`PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${c.year}`);
  blocks.push(...dashes(sentences(c, CONTENT_ITEMS, howMany(c, 2, 9))));
  if (c.size >= 2) {
    part('ĐỀ XUẤT, KIẾN NGHỊ');
    blocks.push(...dashes(sentences(c, PROPOSALS, howMany(c, 1, 3))));
  }
  blocks.push(closing(c, 'bao-cao'));
  return { blocks, addressee: null, topLevelSections: top };
}

function congVan(c: BodyContext): Body {
  const addressee = expand(c.rng, 'Kính gửi: [Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn {pKind}|Các phòng, ban, đơn vị trực thuộc|Các thành viên Hội đồng Thi đua - Khen thưởng].', c.vars);
  const blocks: Block[] = [para(expand(c.rng, `Thực hiện ${reference(c)}, {org} đề nghị các đơn vị [triển khai|thực hiện] một số nội dung sau:`, c.vars))];
  const numbered = c.rng.chance(0.7);
  const items = sentences(c, [...CONTENT_ITEMS, ...DUTIES.slice(1)], howMany(c, 2, 8));
  items.forEach((t, i) => {
    blocks.push(numbered ? labelled(`${i + 1}. `, t, 'regular') : para(t));
    if (c.size >= 3 && c.rng.chance(0.4)) blocks.push(...dashes(sentences(c, ACHIEVEMENTS, c.rng.int(1, 2))));
  });
  blocks.push(closing(c, 'cong-van'));
  return { blocks, addressee, topLevelSections: numbered ? items.length : 0 };
}

export type ComposedType = Exclude<DocumentType, 'tin-bai' | 'khac'>;

export const BODIES: Record<ComposedType, (c: BodyContext) => Body> = {
  'ke-hoach': keHoach,
  'phat-dong': phatDong,
  'quyet-dinh': quyetDinh,
  'thong-bao': thongBao,
  'bao-cao': baoCao,
  'cong-van': congVan,
};
