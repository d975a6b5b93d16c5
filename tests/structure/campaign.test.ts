import { describe, expect, it } from 'vitest';
import { findAwards, findPeriod, isCampaignDocument, parseCampaign, quotedName } from '../../src/structure/campaign.js';

describe('campaign', () => {
  it('treats phát động documents and titles about thi đua as campaigns', () => {
    expect(isCampaignDocument('PHÁT ĐỘNG Phong trào năm 2026', 'phat-dong')).toBe(true);
    expect(isCampaignDocument('KẾ HOẠCH Tổ chức phong trào thi đua năm 2025', 'ke-hoach')).toBe(true);
    expect(isCampaignDocument('KẾ HOẠCH Hỗ trợ phát triển hợp tác xã', 'ke-hoach')).toBe(false);
  });

  it('names the campaign by its quoted title, else by the summary', () => {
    expect(quotedName('KẾ HOẠCH Triển khai phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”')).toBe(
      'Cả nước chung sức xây dựng nông thôn mới',
    );
    expect(parseCampaign('PHÁT ĐỘNG Phong trào thi đua năm 2026', 'Phong trào thi đua năm 2026', '').name).toBe(
      'Phong trào thi đua năm 2026',
    );
  });

  it('reads the period, preferring the one announced as the time of the campaign', () => {
    expect(findPeriod('Đợt 1 (từ 01/01/2025 - 30/08/2025). Thời gian thi đua: Đợt thi đua được thực hiện từ ngày 01/01/2025 đến hết ngày 30/11/2025')).toEqual({
      from: '2025-01-01',
      to: '2025-11-30',
    });
    expect(findPeriod('từ ngày 02 tháng 3 năm 2024 đến ngày 31 tháng 12 năm 2024')).toEqual({ from: '2024-03-02', to: '2024-12-31' });
    expect(findPeriod('Từ năm 2020 đến năm 2024 đơn vị hoàn thành tốt nhiệm vụ')).toBeNull();
  });

  it('lists awards with their grantor, keeping the fullest form of each', () => {
    expect(
      findAwards(
        '- Cờ thi đua của Ban Chấp hành Liên minh Hợp tác xã Việt Nam.\n- Bằng khen của Ban Chấp hành Liên minh Hợp tác xã Việt Nam a. Tập thể: Dự kiến đề xuất 02 Bằng khen\n' +
          '- Giấy khen của Liên minh Hợp tác xã tỉnh Đắk Nông. 2.3 Giấy khen của Liên minh Hợp tác xã tỉnh: xét tặng Chiến sĩ thi đua cơ sở.',
      ),
    ).toEqual([
      'Cờ thi đua của Ban Chấp hành Liên minh Hợp tác xã Việt Nam',
      'Bằng khen của Ban Chấp hành Liên minh Hợp tác xã Việt Nam',
      'Giấy khen của Liên minh Hợp tác xã tỉnh Đắk Nông',
      'Chiến sĩ thi đua cơ sở',
    ]);
  });
});
