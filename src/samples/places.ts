// Provinces used in generated documents: the 63 before the July 2025 merger and the 34 after.

/** Centrally-run cities print "THÀNH PHỐ" where provinces print "TỈNH". */
export interface Province {
  name: string;
  city: boolean;
}

const city = (name: string): Province => ({ name, city: true });
const province = (name: string): Province => ({ name, city: false });

export const PROVINCES_34: readonly Province[] = [
  city('Hà Nội'), city('Huế'), city('Hải Phòng'), city('Đà Nẵng'), city('Cần Thơ'), city('Hồ Chí Minh'),
  province('Lai Châu'), province('Điện Biên'), province('Sơn La'), province('Lạng Sơn'), province('Quảng Ninh'),
  province('Thanh Hóa'), province('Nghệ An'), province('Hà Tĩnh'), province('Cao Bằng'), province('Tuyên Quang'),
  province('Lào Cai'), province('Thái Nguyên'), province('Phú Thọ'), province('Bắc Ninh'), province('Hưng Yên'),
  province('Ninh Bình'), province('Quảng Trị'), province('Quảng Ngãi'), province('Gia Lai'), province('Khánh Hòa'),
  province('Lâm Đồng'), province('Đắk Lắk'), province('Đồng Nai'), province('Tây Ninh'), province('Vĩnh Long'),
  province('Đồng Tháp'), province('Cà Mau'), province('An Giang'),
];

export const PROVINCES_63: readonly Province[] = [
  ...PROVINCES_34.filter((p) => p.name !== 'Huế'),
  province('Thừa Thiên Huế'), province('Hà Giang'), province('Yên Bái'), province('Bắc Kạn'), province('Vĩnh Phúc'),
  province('Hòa Bình'), province('Bắc Giang'), province('Thái Bình'), province('Hải Dương'), province('Hà Nam'),
  province('Nam Định'), province('Quảng Bình'), province('Quảng Nam'), province('Kon Tum'), province('Bình Định'),
  province('Ninh Thuận'), province('Đắk Nông'), province('Bình Thuận'), province('Phú Yên'), province('Bình Phước'),
  province('Bình Dương'), province('Bà Rịa - Vũng Tàu'), province('Long An'), province('Tiền Giang'),
  province('Bến Tre'), province('Trà Vinh'), province('Kiên Giang'), province('Sóc Trăng'), province('Hậu Giang'),
  province('Bạc Liêu'),
];

/** "tỉnh Sơn La" or "thành phố Hà Nội", as running text writes it. */
export function provinceWithKind(p: Province): string {
  return `${p.city ? 'thành phố' : 'tỉnh'} ${p.name}`;
}

/**
 * Provincial capitals that offices printed before the date instead of the province, until the
 * 2025 reform abolished the district level (after it, documents print the province).
 */
const CAPITALS: Readonly<Record<string, string>> = {
  'Đắk Lắk': 'Buôn Ma Thuột', 'Lâm Đồng': 'Đà Lạt', 'Khánh Hòa': 'Nha Trang', 'Gia Lai': 'Pleiku',
  'Quảng Ninh': 'Hạ Long', 'Nghệ An': 'Vinh', 'Bình Định': 'Quy Nhơn', 'Phú Yên': 'Tuy Hòa',
  'Đắk Nông': 'Gia Nghĩa', 'Bình Thuận': 'Phan Thiết', 'Kiên Giang': 'Rạch Giá', 'An Giang': 'Long Xuyên',
  'Tiền Giang': 'Mỹ Tho', 'Long An': 'Tân An', 'Bình Dương': 'Thủ Dầu Một', 'Đồng Nai': 'Biên Hòa',
  'Quảng Bình': 'Đồng Hới', 'Quảng Trị': 'Đông Hà', 'Quảng Nam': 'Tam Kỳ', 'Điện Biên': 'Điện Biên Phủ',
  'Thừa Thiên Huế': 'Huế', 'Bà Rịa - Vũng Tàu': 'Bà Rịa', 'Đồng Tháp': 'Cao Lãnh',
};

/** The place printed before the date: the province, a centrally-run city by its full name, or before the reform sometimes the capital. */
export function placeName(p: Province, useCapital: boolean): string {
  if (p.name === 'Hồ Chí Minh') return 'Thành phố Hồ Chí Minh';
  return (useCapital && CAPITALS[p.name]) || p.name;
}
