// Phrase pools for generated documents, written for this project in the register of provincial
// administrative writing. "[a|b]" alternatives and {variables} are filled by expand().

export const PEOPLE = [
  'cán bộ, công chức, viên chức và người lao động',
  'cán bộ, đảng viên, công chức, viên chức và người lao động',
  'thành viên và người lao động trong khu vực kinh tế tập thể, hợp tác xã',
  'các tập thể, cá nhân trong toàn hệ thống',
  'đoàn viên, hội viên và các tầng lớp nhân dân',
];

export const CAMPAIGNS = [
  'Chung sức xây dựng nông thôn mới',
  'Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
  'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời',
  'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
  'Thực hành tiết kiệm, chống lãng phí',
  'Hợp tác xã đồng hành cùng nông dân xây dựng chuỗi giá trị',
  'Đổi mới sáng tạo, chuyển đổi số trong khu vực kinh tế tập thể',
  'Toàn dân đoàn kết xây dựng đời sống văn hóa',
  'Dân vận khéo',
  'Doanh nghiệp, hợp tác xã vì cộng đồng',
  'Phụ nữ tích cực học tập, lao động sáng tạo',
  'Nông dân sản xuất, kinh doanh giỏi',
  'Xây dựng cơ quan, đơn vị văn hóa',
  'Hợp tác xã kiểu mới hiệu quả, bền vững',
];

export const TOPICS = [
  'phát triển kinh tế tập thể, hợp tác xã',
  'chuyển đổi số trong các hợp tác xã',
  'xây dựng chuỗi liên kết sản xuất và tiêu thụ nông sản',
  'phát triển sản phẩm OCOP gắn với du lịch cộng đồng',
  'hỗ trợ thành lập mới hợp tác xã',
  'cải cách hành chính và văn hóa công sở',
  'thực hành tiết kiệm, chống lãng phí',
  'xây dựng nông thôn mới nâng cao',
  'nâng cao chất lượng hoạt động của các hợp tác xã nông nghiệp',
  'đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã',
];

export const PURPOSES = [
  'Tạo khí thế thi đua sôi nổi, rộng khắp trong {people}, phát huy sức mạnh tổng hợp, [cổ vũ, động viên|khích lệ] các tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ được giao năm {y}.',
  'Phát huy truyền thống yêu nước, tinh thần đoàn kết, [năng động, sáng tạo|chủ động, sáng tạo] của {people}, góp phần thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội của {p}.',
  'Kịp thời phát hiện, biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc; [nhân rộng|tuyên truyền, nhân rộng] các gương điển hình tiên tiến, mô hình mới, cách làm hay trong {topic}.',
  'Nâng cao nhận thức, trách nhiệm của [người đứng đầu|cấp ủy, người đứng đầu] các cơ quan, đơn vị trong việc tổ chức các phong trào thi đua, gắn thi đua với thực hiện nhiệm vụ chính trị của [cơ quan, đơn vị|từng cơ quan, đơn vị].',
  'Thông qua phong trào thi đua nhằm [đẩy mạnh|thúc đẩy] {topic}, nâng cao đời sống vật chất, tinh thần cho thành viên và người lao động.',
  'Thi đua lập thành tích chào mừng {event}, tạo động lực mới để hoàn thành các mục tiêu giai đoạn {y}-{y5}.',
  'Động viên {people} phát huy tinh thần [chủ động, sáng tạo|trách nhiệm, sáng tạo], vượt qua khó khăn, hoàn thành thắng lợi [kế hoạch|nhiệm vụ] năm {y}.',
  'Góp phần xây dựng [hệ thống chính trị|cơ quan, đơn vị] trong sạch, vững mạnh; [củng cố|tăng cường] khối đại đoàn kết toàn dân tộc trên địa bàn {p}.',
];

export const REQUIREMENTS = [
  'Phong trào thi đua phải được triển khai [sâu rộng|thường xuyên, liên tục], [thiết thực, hiệu quả|có trọng tâm, trọng điểm], tránh hình thức, phô trương, lãng phí.',
  'Nội dung thi đua phải cụ thể, gắn với chức năng, nhiệm vụ của từng cơ quan, đơn vị; có tiêu chí rõ ràng để đánh giá, [bình xét|xét] khen thưởng.',
  'Việc bình xét khen thưởng phải đảm bảo [công khai, dân chủ, chính xác, kịp thời|đúng người, đúng việc, đúng thành tích], chú trọng khen thưởng người lao động trực tiếp.',
  'Các hoạt động hưởng ứng phải [bảo đảm tiết kiệm|phù hợp với điều kiện thực tế], đúng thời gian, tiến độ theo kế hoạch đề ra.',
  'Gắn phong trào thi đua với [việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh|công tác xây dựng Đảng, xây dựng hệ thống chính trị trong sạch, vững mạnh].',
  'Người đứng đầu cơ quan, đơn vị [trực tiếp chỉ đạo|chịu trách nhiệm] tổ chức phong trào thi đua, [định kỳ sơ kết, tổng kết|kịp thời sơ kết, rút kinh nghiệm].',
  'Tuyên truyền sâu rộng để mọi [tập thể, cá nhân|cán bộ, thành viên] hiểu rõ mục đích, ý nghĩa của phong trào, [tự giác|tích cực] tham gia.',
];

export const CONTENT_HEADINGS = [
  'Thi đua thực hiện tốt nhiệm vụ chính trị được giao',
  'Thi đua phát triển kinh tế tập thể, hợp tác xã',
  'Thi đua đổi mới sáng tạo, ứng dụng khoa học công nghệ',
  'Thi đua đẩy mạnh cải cách hành chính',
  'Thi đua xây dựng tổ chức vững mạnh',
  'Thi đua thực hiện công tác an sinh xã hội',
  'Thi đua học tập nâng cao trình độ',
];

export const CONTENT_ITEMS = [
  'Tiếp tục quán triệt, tuyên truyền sâu rộng tư tưởng của Chủ tịch Hồ Chí Minh về thi đua ái quốc, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng.',
  'Hỗ trợ thành lập mới ít nhất {n} hợp tác xã, {n2} tổ hợp tác; [củng cố|nâng cao chất lượng hoạt động của] các hợp tác xã hoạt động yếu kém.',
  'Phấn đấu có trên {pct}% hợp tác xã hoạt động đạt loại tốt và khá; doanh thu bình quân đạt {money} triệu đồng/hợp tác xã/năm.',
  'Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý, điều hành và sản xuất kinh doanh; [hướng dẫn|hỗ trợ] các hợp tác xã tham gia sàn thương mại điện tử.',
  'Tổ chức tập huấn, bồi dưỡng cho [cán bộ quản lý hợp tác xã|thành viên và người lao động] về kiến thức quản trị, tài chính, kế toán và thị trường.',
  'Xây dựng và nhân rộng các mô hình hợp tác xã kiểu mới gắn với chuỗi giá trị nông sản chủ lực của {p}.',
  'Thực hiện nghiêm kỷ luật, kỷ cương hành chính; [nâng cao chất lượng|đẩy mạnh] giải quyết thủ tục hành chính trên môi trường điện tử.',
  'Tích cực tham gia các hoạt động từ thiện, nhân đạo, ủng hộ Quỹ "Vì người nghèo", [hỗ trợ xóa nhà tạm, nhà dột nát|giúp đỡ hộ nghèo, hộ cận nghèo] trên địa bàn.',
  'Mỗi cơ quan, đơn vị đăng ký ít nhất 01 công trình, phần việc cụ thể chào mừng {event}.',
  'Phối hợp với các sở, ngành liên quan tổ chức xúc tiến thương mại, [giới thiệu sản phẩm|quảng bá thương hiệu] của hợp tác xã tại các hội chợ trong và ngoài tỉnh.',
  'Triển khai hiệu quả phong trào thi đua "{campaign}" gắn với nhiệm vụ trọng tâm năm {y}.',
  'Thực hành tiết kiệm, chống lãng phí trong sử dụng kinh phí, tài sản công; [hoàn thành|thực hiện đúng] dự toán ngân sách được giao.',
  'Vận động thành viên góp vốn, mở rộng quy mô sản xuất; [phấn đấu|phấn đấu đến cuối năm] có thêm {n} hợp tác xã được tiếp cận vốn vay từ Quỹ hỗ trợ phát triển hợp tác xã.',
  'Hướng dẫn các hợp tác xã xây dựng phương án sản xuất kinh doanh, [thực hiện đúng chế độ kế toán, kiểm toán|công khai tài chính với thành viên] theo quy định.',
  'Phối hợp tổ chức ít nhất {n2} hội nghị, hội thảo giới thiệu mô hình hợp tác xã điển hình, [trao đổi kinh nghiệm|kết nối cung cầu] giữa các địa phương.',
  'Nâng cao chất lượng hoạt động của trang thông tin điện tử, [kịp thời đưa tin về|phản ánh đầy đủ] các phong trào thi đua và gương người tốt, việc tốt.',
  'Giữ vững an ninh trật tự, an toàn lao động tại cơ quan, đơn vị; [không để xảy ra|phòng ngừa] cháy nổ và các vụ việc phức tạp.',
  'Cán bộ, công chức, viên chức và người lao động [tích cực học tập|tự học tập] nâng cao trình độ chuyên môn, lý luận chính trị, ngoại ngữ và tin học.',
];

export const ORDINALS = ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là', 'Bảy là'];

export const TARGET_GROUPS = [
  'Đối với tập thể: Các phòng, ban, đơn vị trực thuộc {org}; các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác [trên địa bàn|thành viên] (gọi chung là đơn vị).',
  'Đối với cá nhân: Cán bộ, công chức, viên chức, người lao động trong cơ quan {org}; cán bộ quản lý, thành viên hợp tác xã (gọi chung là cá nhân).',
];

export const PERIOD = '[Từ|Bắt đầu từ] ngày {from} đến hết ngày {to}[; sơ kết vào tháng 6 và tổng kết cùng với tổng kết công tác năm|].';

export const AWARDS = [
  'Cờ thi đua của {higher}',
  'Bằng khen của {higher}',
  'Bằng khen của Chủ tịch UBND {p}',
  'Giấy khen của {orgFull}',
  'Danh hiệu "Tập thể lao động xuất sắc"',
  'Danh hiệu "Chiến sĩ thi đua cơ sở"',
];

export const AWARD_CRITERIA = [
  'Tập thể được đề nghị khen thưởng phải hoàn thành xuất sắc nhiệm vụ, [dẫn đầu|tiêu biểu] trong phong trào thi đua, nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật.',
  'Cá nhân được đề nghị khen thưởng phải có [thành tích xuất sắc|thành tích tiêu biểu], có sáng kiến, giải pháp được áp dụng hiệu quả tại cơ quan, đơn vị.',
  'Ưu tiên xét khen thưởng cho thành viên, người lao động trực tiếp sản xuất, [người dân tộc thiểu số|người làm việc ở vùng sâu, vùng xa].',
  'Số lượng khen thưởng [thực hiện theo quy định của Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành|không quá {n} tập thể và {n2} cá nhân].',
];

export const DUTIES = [
  '{unit} [chủ trì, phối hợp với các đơn vị liên quan|có trách nhiệm] tham mưu triển khai Kế hoạch; theo dõi, đôn đốc, tổng hợp kết quả và đề xuất khen thưởng theo quy định.',
  '{unit} căn cứ nội dung Kế hoạch này xây dựng kế hoạch cụ thể của đơn vị, [tổ chức phát động|triển khai] thi đua trước ngày {deadline}.',
  '{unit} [đẩy mạnh tuyên truyền|làm tốt công tác tuyên truyền] về phong trào thi đua trên trang thông tin điện tử và các phương tiện thông tin đại chúng.',
  '{unit} [bố trí kinh phí|đảm bảo kinh phí] khen thưởng từ nguồn ngân sách được giao và các nguồn hợp pháp khác.',
  'Các hợp tác xã, liên hiệp hợp tác xã [đăng ký thi đua|gửi bản đăng ký thi đua] về {org} (qua {office}) trước ngày {deadline} để tổng hợp.',
  '{unit} [theo dõi, tổng hợp|tổng hợp] kết quả thực hiện, báo cáo {org} trước ngày {deadline}.',
  'Thủ trưởng các đơn vị [chịu trách nhiệm trước|báo cáo] {org} về kết quả tổ chức phong trào thi đua tại đơn vị mình.',
];

export const ACHIEVEMENTS = [
  'Trong năm {y0}, toàn {pKind} đã thành lập mới {n} hợp tác xã, nâng tổng số hợp tác xã lên {total} hợp tác xã với hơn {members} thành viên.',
  'Doanh thu bình quân của hợp tác xã đạt {money} triệu đồng/năm, [tăng|tăng khoảng] {pct2}% so với cùng kỳ; thu nhập bình quân của người lao động đạt {wage} triệu đồng/tháng.',
  'Có {n2} sản phẩm của hợp tác xã được công nhận đạt chuẩn OCOP từ 3 sao trở lên; [nhiều|một số] hợp tác xã đã ứng dụng công nghệ cao vào sản xuất.',
  '{org} đã tổ chức {n2} lớp tập huấn cho [gần|hơn] {members} lượt cán bộ quản lý và thành viên hợp tác xã.',
  'Công tác thi đua, khen thưởng được quan tâm; đã khen thưởng {n} tập thể và {n3} cá nhân có thành tích xuất sắc trong phong trào thi đua.',
  'Phong trào "{campaign}" được hưởng ứng rộng rãi, [thu hút đông đảo|nhận được sự tham gia tích cực của] {people}.',
  'Các hợp tác xã đã giải quyết việc làm thường xuyên cho [khoảng|trên] {members} lao động, trong đó có nhiều lao động là người dân tộc thiểu số.',
  'Quỹ hỗ trợ phát triển hợp tác xã đã cho {n2} dự án vay với tổng số tiền [hơn|gần] {money} triệu đồng, [không phát sinh nợ quá hạn|thu hồi vốn đúng hạn].',
  'Có {n} hợp tác xã ứng dụng công nghệ số trong quản lý, bán hàng; {n2} hợp tác xã có sản phẩm [được giới thiệu|bán] trên sàn thương mại điện tử.',
  'Công tác tuyên truyền được đẩy mạnh với {n3} tin, bài đăng trên trang thông tin điện tử và [các báo, đài của tỉnh|các phương tiện thông tin đại chúng].',
];

export const LEADERSHIP = [
  '{org} đã ban hành [kế hoạch|văn bản] triển khai, [quán triệt|hướng dẫn] các đơn vị tổ chức thực hiện; thường xuyên theo dõi, đôn đốc, kiểm tra việc thực hiện.',
  'Ngay từ đầu năm, [lãnh đạo|Thường trực] {org} đã chỉ đạo các đơn vị đăng ký thi đua, [xây dựng chỉ tiêu cụ thể|cam kết thực hiện các chỉ tiêu được giao].',
  'Công tác phối hợp với các sở, ngành và địa phương [được duy trì thường xuyên|ngày càng chặt chẽ], tạo điều kiện thuận lợi cho hợp tác xã phát triển.',
];

export const SHORTCOMINGS = [
  'Một số đơn vị chưa quan tâm đúng mức đến công tác thi đua, khen thưởng; nội dung thi đua [còn chung chung|chưa cụ thể], chưa gắn với nhiệm vụ chính trị.',
  'Quy mô của các hợp tác xã còn nhỏ, vốn ít; khả năng tiếp cận tín dụng và thị trường [còn hạn chế|còn nhiều khó khăn].',
  'Việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến [chưa thường xuyên|còn chậm]; khen thưởng người lao động trực tiếp còn ít.',
  'Nguyên nhân chủ yếu là do nhận thức của một bộ phận cán bộ, thành viên về kinh tế tập thể [chưa đầy đủ|còn hạn chế]; nguồn lực hỗ trợ còn phân tán.',
  'Trình độ quản lý của một bộ phận cán bộ hợp tác xã [còn yếu|chưa đáp ứng yêu cầu]; việc ứng dụng khoa học công nghệ [còn chậm|chưa đồng đều].',
  'Một số hợp tác xã [hoạt động cầm chừng|hoạt động kém hiệu quả], chưa thực hiện chế độ báo cáo định kỳ theo quy định.',
];

export const PROPOSALS = [
  'Đề nghị {higher} quan tâm, hỗ trợ kinh phí tổ chức các lớp tập huấn, bồi dưỡng cho cán bộ quản lý hợp tác xã.',
  'Đề nghị UBND {p} [chỉ đạo các sở, ngành|tiếp tục quan tâm] tạo điều kiện để hợp tác xã tiếp cận các chính sách hỗ trợ của Nhà nước.',
  'Đề nghị các cơ quan thông tin đại chúng [tăng cường|đẩy mạnh] tuyên truyền các mô hình hợp tác xã hiệu quả.',
  'Đề nghị [các ngân hàng thương mại|Quỹ hỗ trợ phát triển hợp tác xã] tạo điều kiện cho hợp tác xã vay vốn với thủ tục đơn giản, lãi suất ưu đãi.',
];

export const CLOSINGS: Record<string, string[]> = {
  'ke-hoach': [
    'Trên đây là Kế hoạch {summaryLower} của {org}. Đề nghị các đơn vị [nghiêm túc triển khai thực hiện|tổ chức thực hiện có hiệu quả]./.',
    'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh về {org} (qua {office}) để [được hướng dẫn|xem xét, giải quyết]./.',
  ],
  'phat-dong': [
    '{org} kêu gọi {people} [hăng hái|tích cực] hưởng ứng phong trào thi đua, lập nhiều thành tích xuất sắc chào mừng {event}./.',
  ],
  'bao-cao': [
    'Trên đây là báo cáo {summaryLower} của {org}./.',
    '{org} [trân trọng báo cáo|kính báo cáo] {higher} [xem xét, chỉ đạo|biết, chỉ đạo]./.',
  ],
  'thong-bao': ['{org} thông báo để các cơ quan, đơn vị biết, [thực hiện|phối hợp thực hiện]./.'],
  'cong-van': [
    'Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.',
    '{org} đề nghị các đơn vị [khẩn trương triển khai|quan tâm triển khai], báo cáo kết quả trước ngày {deadline}./.',
  ],
};
