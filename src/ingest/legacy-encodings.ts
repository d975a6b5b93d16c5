// Decoders for the pre-Unicode Vietnamese encodings that archives still hold: TCVN3 (ABC, one
// byte per accented letter) and VNI (a base letter followed by Latin-1 bytes used as marks).
// Windows-1258 is left to iconv-lite. Output is NFC.

/** TCVN3 (TCVN 5712:1993 VN3): bytes above 0x7F that are Vietnamese letters. */
const TCVN3: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/** VNI: bytes that stand alone as a Vietnamese letter. */
const VNI_LETTERS: Record<number, string> = {
  0xf4: 'ơ', 0xd4: 'Ơ', 0xf6: 'ư', 0xd6: 'Ư', 0xf1: 'đ', 0xd1: 'Đ',
  0xf3: 'ĩ', 0xd3: 'Ĩ', 0xf2: 'ị', 0xd2: 'Ị', 0xe6: 'ỉ', 0xc6: 'Ỉ',
  0xed: 'í', 0xcd: 'Í', 0xec: 'ì', 0xcc: 'Ì', 0xee: 'ỵ', 0xce: 'Ỵ',
};

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const CIRCUMFLEX = '\u0302';
const TILDE = '\u0303';
const BREVE = '\u0306';
const HOOK = '\u0309';
const DOT = '\u0323';

/** VNI: bytes that follow a vowel and add marks to it (lower- and upper-case forms of each). */
const VNI_MARKS: Record<number, string> = {};
for (const [lower, marks] of [
  [0xf9, ACUTE], [0xf8, GRAVE], [0xfb, HOOK], [0xf5, TILDE], [0xef, DOT],
  [0xe2, CIRCUMFLEX], [0xe1, CIRCUMFLEX + ACUTE], [0xe0, CIRCUMFLEX + GRAVE],
  [0xe5, CIRCUMFLEX + HOOK], [0xe3, CIRCUMFLEX + TILDE], [0xe4, CIRCUMFLEX + DOT],
  [0xea, BREVE], [0xe9, BREVE + ACUTE], [0xe8, BREVE + GRAVE],
  [0xfa, BREVE + HOOK], [0xfc, BREVE + TILDE], [0xeb, BREVE + DOT],
] as const) {
  VNI_MARKS[lower] = marks;
  VNI_MARKS[lower - 0x20] = marks; // Latin-1 puts each upper-case letter 0x20 below its lower case
}

const VOWEL = /[aeiouyơưAEIOUYƠƯ]$/u;

function latin1(byte: number): string {
  return String.fromCharCode(byte);
}

export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? latin1(b) : (TCVN3[b] ?? latin1(b));
  return out.normalize('NFC');
}

export function decodeVni(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (const b of bytes) {
    if (b < 0x80) {
      parts.push(latin1(b));
      continue;
    }
    const letter = VNI_LETTERS[b];
    if (letter) {
      parts.push(letter);
      continue;
    }
    const marks = VNI_MARKS[b];
    const previous = parts[parts.length - 1];
    // A mark byte after anything but a vowel is the Latin-1 letter it also is.
    if (marks && previous !== undefined && VOWEL.test(previous.normalize('NFD').replace(/\p{M}+$/u, ''))) {
      parts[parts.length - 1] = previous + marks;
    } else {
      parts.push(latin1(b));
    }
  }
  return parts.join('').normalize('NFC');
}
