// Issuing bodies: how each prints its header, numbers its documents, refers to itself and signs.
import { type Province, provinceWithKind } from './places.js';
import type { Random } from './random.js';

export interface Issuer {
  /** The parent line above the issuer's name, upper case, or null. "\n" marks where it is broken. */
  parent: string | null;
  /** The issuer's name as printed in the header, upper case; "\n" marks where it is broken. */
  name: string;
  /** The part after the dash in a document number: 123/KH-<symbol>. */
  symbol: string;
  /** How the body text names the issuer ("Liên minh HTX tỉnh"). */
  self: string;
  /** The issuer in full, for the stamp ring and the closing. */
  fullName: string;
  /** The collective body a "TM." line signs for. */
  collective: string | null;
  /** Title of the head, and of a deputy who signs "KT.". */
  head: string;
  deputy: string;
  /** Units inside the issuer, for the recipients list and assignments. */
  units: readonly string[];
}

const upper = (s: string): string => s.toLocaleUpperCase('vi');

type IssuerFactory = (p: Province, rng: Random, afterMerger: boolean) => Issuer;

const liênMinh: IssuerFactory = (p, rng, afterMerger) => {
  const where = provinceWithKind(p);
  const parent = afterMerger
    ? rng.pick([`ỦY BAN MTTQ VIỆT NAM\n${upper(where)}`, `UBMTTQ VIỆT NAM ${upper(where)}`])
    : rng.pick([`UBND ${upper(where)}`, `ỦY BAN NHÂN DÂN\n${upper(where)}`]);
  return {
    parent,
    name: rng.pick(['LIÊN MINH HTX TỈNH', 'LIÊN MINH HỢP TÁC XÃ', `LIÊN MINH HTX ${upper(p.name)}`]).replace(
      'TỈNH',
      p.city ? 'THÀNH PHỐ' : 'TỈNH',
    ),
    symbol: 'LMHTX',
    self: `Liên minh HTX ${p.city ? 'thành phố' : 'tỉnh'}`,
    fullName: `Liên minh Hợp tác xã ${where}`,
    collective: rng.pick(['BAN CHẤP HÀNH', 'BAN THƯỜNG VỤ']),
    head: 'CHỦ TỊCH',
    deputy: 'PHÓ CHỦ TỊCH',
    units: ['Văn phòng', 'Phòng Chính sách - Tuyên truyền', 'Phòng Tư vấn - Hỗ trợ', 'Quỹ Hỗ trợ phát triển hợp tác xã'],
  };
};

const ủyBanNhânDân: IssuerFactory = (p) => {
  const where = provinceWithKind(p);
  return {
    parent: null,
    name: `ỦY BAN NHÂN DÂN\n${upper(where)}`,
    symbol: 'UBND',
    self: `UBND ${p.city ? 'thành phố' : 'tỉnh'}`,
    fullName: `Ủy ban nhân dân ${where}`,
    collective: 'ỦY BAN NHÂN DÂN',
    head: 'CHỦ TỊCH',
    deputy: 'PHÓ CHỦ TỊCH',
    units: ['Văn phòng UBND', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Nông nghiệp và Môi trường'],
  };
};

const mặtTrận: IssuerFactory = (p, rng) => {
  const where = provinceWithKind(p);
  return {
    parent: rng.pick(['ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM', null]),
    name: rng.pick([`ỦY BAN MẶT TRẬN TỔ QUỐC\nVIỆT NAM ${upper(where)}`, `ỦY BAN MTTQ VIỆT NAM\n${upper(where)}`]),
    symbol: rng.pick(['MTTQ-BTT', 'MTTQ']),
    self: `Ủy ban MTTQ Việt Nam ${p.city ? 'thành phố' : 'tỉnh'}`,
    fullName: `Ủy ban Mặt trận Tổ quốc Việt Nam ${where}`,
    collective: 'BAN THƯỜNG TRỰC',
    head: 'CHỦ TỊCH',
    deputy: 'PHÓ CHỦ TỊCH',
    units: ['Văn phòng', 'Ban Phong trào', 'Ban Tuyên giáo', 'Ban Dân chủ - Pháp luật'],
  };
};

const SỞ: ReadonlyArray<[string, string]> = [
  ['Sở Nông nghiệp và Môi trường', 'SNNMT'],
  ['Sở Tài chính', 'STC'],
  ['Sở Nội vụ', 'SNV'],
  ['Sở Công Thương', 'SCT'],
  ['Sở Khoa học và Công nghệ', 'SKHCN'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT'],
];

const sở: IssuerFactory = (p, rng) => {
  const [self, symbol] = rng.pick(SỞ);
  return {
    parent: `UBND ${upper(provinceWithKind(p))}`,
    name: upper(self),
    symbol,
    self,
    fullName: `${self} ${provinceWithKind(p)}`,
    collective: null,
    head: 'GIÁM ĐỐC',
    deputy: 'PHÓ GIÁM ĐỐC',
    units: ['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Kế hoạch - Tài chính', 'các phòng, đơn vị thuộc Sở'],
  };
};

const hộiĐồngThiĐua: IssuerFactory = (p) => ({
  parent: `UBND ${upper(provinceWithKind(p))}`,
  name: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
  symbol: 'HĐTĐKT',
  self: `Hội đồng Thi đua - Khen thưởng ${p.city ? 'thành phố' : 'tỉnh'}`,
  fullName: `Hội đồng Thi đua - Khen thưởng ${provinceWithKind(p)}`,
  collective: 'HỘI ĐỒNG',
  head: 'CHỦ TỊCH',
  deputy: 'PHÓ CHỦ TỊCH',
  units: ['Ban Thi đua - Khen thưởng', 'các thành viên Hội đồng', 'các Khối thi đua'],
});

const hộiNôngDân: IssuerFactory = (p) => ({
  parent: 'HỘI NÔNG DÂN VIỆT NAM',
  name: `BCH HỘI NÔNG DÂN\n${upper(provinceWithKind(p))}`,
  symbol: 'HNDT',
  self: `Hội Nông dân ${p.city ? 'thành phố' : 'tỉnh'}`,
  fullName: `Hội Nông dân ${provinceWithKind(p)}`,
  collective: 'BAN THƯỜNG VỤ',
  head: 'CHỦ TỊCH',
  deputy: 'PHÓ CHỦ TỊCH',
  units: ['Văn phòng', 'Ban Kinh tế - Xã hội', 'Ban Tổ chức - Kiểm tra', 'Trung tâm Hỗ trợ nông dân'],
});

/** Weighted towards the cooperative unions the project is about. */
const FACTORIES: readonly IssuerFactory[] = [
  liênMinh, liênMinh, liênMinh, ủyBanNhânDân, mặtTrận, sở, hộiĐồngThiĐua, hộiNôngDân,
];

export function pickIssuer(rng: Random, p: Province, afterMerger: boolean): Issuer {
  return rng.pick(FACTORIES)(p, rng, afterMerger);
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Lò', 'Cầm', 'Hà', 'Đinh', 'Lường', 'Quàng', 'Triệu', 'Mai', 'Trương', 'Vi'];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quang', 'Thanh', 'Hữu', 'Ngọc', 'Xuân', 'Công', 'Tiến', 'Mạnh', 'Trọng'];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Hồng', 'Kim', 'Thanh', 'Ngọc', 'Minh', 'Thị Thu', 'Thị Kim'];
const GIVEN_MALE = ['Khải', 'Hùng', 'Dũng', 'Tuấn', 'Sơn', 'Bình', 'Thắng', 'Hải', 'Nam', 'Long', 'Trung', 'Cường',
  'Khánh', 'Việt', 'Quyết', 'Toàn', 'Đông', 'Thành', 'Huy', 'Phúc', 'Lực', 'Chiến', 'Tùng', 'Điệp'];
const GIVEN_FEMALE = ['Lan', 'Hương', 'Hoa', 'Phương', 'Thảo', 'Hạnh', 'Yến', 'Tâm', 'Thủy', 'Nga', 'Liên', 'Huyền',
  'Loan', 'Trang', 'Nhung', 'Duyên'];

export function personName(rng: Random): string {
  const female = rng.chance(0.35);
  return [
    rng.pick(FAMILY),
    rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE),
    rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE),
  ].join(' ');
}
