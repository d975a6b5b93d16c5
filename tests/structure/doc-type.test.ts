import { describe, expect, it } from 'vitest';
import { detectDocumentType, typeFromNumber, typeLineKind } from '../../src/structure/doc-type.js';

const none = { typeLine: null, number: null, hasSubject: false, hasNationalTitle: true, hasRecipients: true, hasBody: true };

describe('document type', () => {
  it('names the type from the type line', () => {
    expect(typeLineKind('KẾ HOẠCH')).toBe('ke-hoach');
    expect(typeLineKind('QUYẾT ĐỊNH')).toBe('quyet-dinh');
    expect(typeLineKind('PHÁT ĐỘNG')).toBe('phat-dong');
    expect(typeLineKind('BÁO CÁO')).toBe('bao-cao');
    expect(typeLineKind('THÔNG BÁO')).toBe('thong-bao');
    expect(typeLineKind('CHỈ THỊ')).toBe('khac');
  });

  it('tolerates one OCR slip in a two-word type line', () => {
    expect(typeLineKind('PHÁT PONG')).toBe('phat-dong');
  });

  it('does not take mixed-case text or an issuer line for a type line', () => {
    expect(typeLineKind('Kế hoạch triển khai')).toBeNull();
    expect(typeLineKind('LIÊN MINH HTX TỈNH')).toBeNull();
  });

  it('falls back to the symbol in the number', () => {
    expect(typeFromNumber('514/KH-LMHTX')).toBe('ke-hoach');
    expect(typeFromNumber('283/QĐ-MTTQ-BTT')).toBe('quyet-dinh');
    expect(typeFromNumber('/TB-LMHTX')).toBe('thong-bao');
    expect(typeFromNumber('946/TĐ-LMT')).toBeNull();
    expect(detectDocumentType({ ...none, number: '12/BC-UBND' })).toBe('bao-cao');
  });

  it('calls a V/v letter without a type line a công văn', () => {
    expect(detectDocumentType({ ...none, number: '49/UBND-VP', hasSubject: true })).toBe('cong-van');
  });

  it('calls text without any administrative header a news article, and the rest khác', () => {
    expect(detectDocumentType({ ...none, hasNationalTitle: false, hasRecipients: false })).toBe('tin-bai');
    expect(detectDocumentType({ ...none, number: '946/TĐ-LMT' })).toBe('khac');
    expect(detectDocumentType({ ...none, hasNationalTitle: false, hasRecipients: false, hasBody: false })).toBe('khac');
  });
});
