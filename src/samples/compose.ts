// Composes one administrative document from a seed: issuer, number, date, title, body, closing.
import type { DocumentType } from '../document.js';
import { BODIES, type BodyContext, type ComposedType } from './bodies.js';
import { expand, type Vars } from './expand.js';
import { type Issuer, personName, pickIssuer } from './issuers.js';
import type { SampleDocument } from './model.js';
import { PEOPLE, CAMPAIGNS, TOPICS } from './phrases.js';
import { PROVINCES_34, PROVINCES_63, placeName, provinceWithKind } from './places.js';
import { Random } from './random.js';

const TYPES: readonly ComposedType[] = ['ke-hoach', 'phat-dong', 'quyet-dinh', 'thong-bao', 'bao-cao', 'cong-van'];

const TYPE_LINE: Partial<Record<DocumentType, string>> = {
  'ke-hoach': 'KẾ HOẠCH',
  'phat-dong': 'PHÁT ĐỘNG',
  'quyet-dinh': 'QUYẾT ĐỊNH',
  'thong-bao': 'THÔNG BÁO',
  'bao-cao': 'BÁO CÁO',
};

const NUMBER_CODE: Record<string, readonly string[]> = {
  'ke-hoach': ['KH'],
  'phat-dong': ['PĐ', 'TĐ'],
  'quyet-dinh': ['QĐ'],
  'thong-bao': ['TB'],
  'bao-cao': ['BC'],
};

const SUMMARIES: Record<string, readonly string[]> = {
  'ke-hoach': [
    'Tổ chức phong trào thi đua [yêu nước|] năm {y} [trong hệ thống {org}|]',
    'Triển khai phong trào thi đua "{campaign}" giai đoạn {y}-{y5}',
    'Tổ chức đợt thi đua [đặc biệt|cao điểm] lập thành tích chào mừng {event}',
    'Hỗ trợ [phát triển|thành lập mới] hợp tác xã trên địa bàn {p} năm {y}',
  ],
  'phat-dong': ['Phong trào thi đua năm {y}', 'Phong trào thi đua "{campaign}" năm {y}', 'Đợt thi đua chào mừng {event}'],
  'quyet-dinh': [
    'Về việc ban hành Kế hoạch tổ chức phong trào thi đua năm {y}',
    'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm {y0}',
    'Về việc kiện toàn Hội đồng Thi đua - Khen thưởng [của {org}|]',
  ],
  'thong-bao': [
    'Kết quả [bình xét|chấm điểm] thi đua năm {y0}',
    'Về việc tổ chức Hội nghị điển hình tiên tiến [năm {y}|giai đoạn {y0}-{y}]',
    'Kết luận của lãnh đạo {org} tại hội nghị triển khai nhiệm vụ năm {y}',
  ],
  'bao-cao': [
    'Kết quả thực hiện phong trào thi đua năm {y0} và phương hướng, nhiệm vụ năm {y}',
    'Tổng kết công tác thi đua, khen thưởng năm {y0}',
    'Kết quả [hoạt động|phát triển] kinh tế tập thể, hợp tác xã năm {y0}',
  ],
  'cong-van': [
    'V/v [triển khai|hưởng ứng] phong trào thi đua năm {y}',
    'V/v đăng ký thi đua năm {y}',
    'V/v đề nghị khen thưởng [tổng kết năm {y0}|đột xuất]',
    'V/v báo cáo kết quả [hoạt động|sản xuất kinh doanh] của hợp tác xã năm {y0}',
  ],
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Decree 30 writes days below 10 and the months January and February with a leading zero. */
function dateText(day: number | null, month: number, year: number): string {
  const d = day === null ? '    ' : pad2(day);
  const m = month <= 2 ? pad2(month) : String(month);
  return `ngày ${d} tháng ${m} năm ${year}`;
}

function events(y: number, p: string): string[] {
  const list = [
    `kỷ niệm ${y - 1945} năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam`,
    `kỷ niệm ${y - 1948} năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc`,
    `Ngày Hợp tác xã Việt Nam 11/4`,
    `Đại hội Thi đua yêu nước ${p} lần thứ ${y >= 2025 ? 'VI' : 'V'}`,
  ];
  if (y >= 2024 && y <= 2025) list.push(`Đại hội đại biểu toàn quốc Liên minh Hợp tác xã Việt Nam lần thứ VII, nhiệm kỳ 2025-2030`);
  if (y === 2026) list.push('cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031');
  return list;
}

function higherBody(issuer: Issuer, p: string): string {
  return issuer.symbol === 'LMHTX' ? 'Ban Chấp hành Liên minh Hợp tác xã Việt Nam' : `Chủ tịch Ủy ban nhân dân ${p}`;
}

function recipients(rng: Random, type: DocumentType, issuer: Issuer, pKind: string, articles: number): string[] {
  // A decision sends itself to those its last article charges with carrying it out.
  const first = type === 'quyet-dinh' ? [`Như Điều ${articles};`] : type === 'cong-van' ? ['Như trên;'] : [];
  const pool = [
    `UBND ${pKind} (b/c);`,
    issuer.symbol === 'LMHTX' ? 'Liên minh HTX Việt Nam (b/c);' : `Thường trực Tỉnh ủy (b/c);`,
    `Ban Thi đua - Khen thưởng ${pKind};`,
    `Thường trực ${issuer.self};`,
    'Các phòng, ban, đơn vị trực thuộc;',
    'Các hợp tác xã, liên hiệp hợp tác xã;',
    `${issuer.units[1]};`,
    `Website ${issuer.self} (đăng tin);`,
  ];
  const picked = rng.sample(pool, rng.int(2, 6));
  const archive = `Lưu: VT${rng.chance(0.5) ? `, ${rng.pick(['VP', 'TĐKT', 'CSTT', 'TH'])}` : ''}.`;
  return [...first, ...picked, archive];
}

function signature(rng: Random, issuer: Issuer): SampleDocument['signature'] {
  const deputy = rng.chance(0.4);
  const lines = issuer.collective ? [`TM. ${issuer.collective}`] : [];
  if (deputy) lines.push(`KT. ${issuer.head}`, issuer.deputy);
  else lines.push(issuer.head);
  return { lines, name: personName(rng) };
}

/**
 * The document for a seed. `size` (1–4) is roughly the number of pages the body should fill;
 * the caller shrinks it when the laid-out document runs past four pages.
 */
export function composeDocument(seed: number, size: number): SampleDocument {
  const rng = new Random(seed);
  const type = rng.pick(TYPES);
  const year = rng.int(2019, 2026);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const afterMerger = year > 2025 || (year === 2025 && month >= 7);
  const province = rng.pick(afterMerger ? PROVINCES_34 : PROVINCES_63);
  const p = provinceWithKind(province);
  const issuer = pickIssuer(rng, province, afterMerger);
  const blankDay = rng.chance(0.08);

  const vars: Vars = {
    org: issuer.self,
    orgFull: issuer.fullName,
    p,
    pKind: province.city ? 'thành phố' : 'tỉnh',
    higher: higherBody(issuer, p),
    y: String(year),
    y0: String(year - 1),
    y5: String(year + 4),
    people: (r) => r.pick(PEOPLE),
    campaign: (r) => r.pick(CAMPAIGNS),
    topic: (r) => r.pick(TOPICS),
    event: (r) => r.pick(events(year, p)),
    unit: (r) => r.pick(issuer.units),
    office: issuer.units[0],
    n: (r) => String(r.int(3, 40)),
    n2: (r) => String(r.int(2, 15)),
    n3: (r) => String(r.int(10, 90)),
    pct: (r) => String(r.int(50, 90)),
    pct2: (r) => String(r.int(3, 25)),
    money: (r) => (r.int(8, 60) * 100).toLocaleString('de-DE'),
    total: (r) => String(r.int(120, 900)),
    members: (r) => `${r.int(2, 30)}.${String(r.int(0, 999)).padStart(3, '0')}`,
    wage: (r) => `${r.int(3, 9)},${r.int(1, 9)}`,
    deadline: (r) => `${pad2(r.int(1, 28))}/${pad2(Math.min(12, month + r.int(0, 2)))}/${year}`,
  };
  const summary = expand(rng, rng.pick(SUMMARIES[type]), vars);
  const typeLine = TYPE_LINE[type] ?? null;
  const code = type === 'cong-van' ? null : rng.pick(NUMBER_CODE[type]);
  const serial = rng.int(1, 1250);
  const number = code
    ? `${serial}/${code}-${issuer.symbol}`
    : `${serial}/${issuer.symbol}-${rng.pick(['VP', 'TĐKT', 'CSTT', 'TH', 'KT'])}`;
  const context: BodyContext = {
    rng,
    cited: [],
    period: null,
    vars: { ...vars, summaryLower: summary.charAt(0).toLocaleLowerCase('vi') + summary.slice(1) },
    size,
    issuer,
    year,
    month,
  };
  const body = BODIES[type](context);
  // Word processors turn straight quotes into curly ones in about half the offices.
  const quotes = rng.chance(0.5) ? (text: string) => text.replace(/"([^"]*)"/g, '“$1”') : (text: string) => text;
  const blocks = body.blocks.map((b) => ({ ...b, runs: b.runs.map((r) => ({ ...r, text: quotes(r.text) })) }));
  return {
    documentType: type,
    issuer: { parent: issuer.parent, name: issuer.name },
    number,
    numberAsPrinted: rng.chance(0.15) ? number.replace('/', ' /') : number,
    place: placeName(province, !afterMerger && rng.chance(0.25)),
    date: blankDay ? null : `${year}-${pad2(month)}-${pad2(day)}`,
    dateText: dateText(blankDay ? null : day, month, year),
    typeLine,
    summary: quotes(summary),
    addressee: body.addressee,
    body: blocks,
    recipients: recipients(rng, type, issuer, p, body.topLevelSections),
    signature: signature(rng, issuer),
    stampText: issuer.fullName.toLocaleUpperCase('vi'),
    topLevelSections: body.topLevelSections,
    references: context.cited,
    campaignPeriod: context.period,
  };
}
