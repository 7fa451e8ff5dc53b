import type { IssueKind } from '@app/issues';

/**
 * The example community of the demo data: members of the organisations the seed already has,
 * and the obstacles, proposals and recommendations they raise, drawn from the seed article
 * (the 15 Feb 2020 conclusions and the scheme's aims: support for early projects, a startup
 * information portal, the legal system, a favourable environment, the ecosystem map). Every
 * issue is marked as an example, in its title and with the topic "ví dụ". Addresses are at
 * example.org, which receives no mail; the members' mail is turned off besides.
 */

export type ExampleMemberKey = 'tam' | 'hoa' | 'quan' | 'bao' | 'khoa' | 'lan' | 'huy';

export interface ExampleMember {
  key: ExampleMemberKey;
  email: string;
  name: string;
  organization: string;
  /** The Institute's organizer who runs the Saturdays in the example (ADMIN, as ADMIN_EMAILS would make them). */
  organizer?: true;
}

export const EXAMPLE_MEMBERS: ExampleMember[] = [
  { key: 'tam', email: 'tam.nguyen@example.org', name: 'Nguyễn Thanh Tâm', organization: 'Viện Nghiên cứu phát triển', organizer: true },
  { key: 'hoa', email: 'hoa.le@example.org', name: 'Lê Thị Hoa', organization: 'Vườn ươm khởi nghiệp Huế (ví dụ)' },
  { key: 'quan', email: 'quan.pham@example.org', name: 'Phạm Minh Quân', organization: 'Công ty TNHH Trà Cung Đình (ví dụ)' },
  { key: 'bao', email: 'bao.tran@example.org', name: 'Trần Quốc Bảo', organization: 'Đại học Huế' },
  { key: 'khoa', email: 'khoa.dang@example.org', name: 'Đặng Minh Khoa', organization: 'Đại học Huế' },
  { key: 'lan', email: 'lan.hoang@example.org', name: 'Hoàng Thị Lan', organization: 'Sở Khoa học và Công nghệ' },
  { key: 'huy', email: 'huy.vo@example.org', name: 'Võ Đức Huy', organization: 'Sở Kế hoạch và Đầu tư' },
];

export const EXAMPLE_TOPIC = 'ví dụ';

export type ExampleIssueKey =
  | 'ecosystemMap'
  | 'seedCapital'
  | 'coordination'
  | 'legalProcedures'
  | 'portal'
  | 'registrationDuplicate'
  | 'workspace'
  | 'steeringBoard'
  | 'trademark'
  | 'internships'
  | 'mentors'
  | 'targets';

export interface ExampleIssue {
  key: ExampleIssueKey;
  by: ExampleMemberKey;
  kind: IssueKind;
  title: string;
  description: string;
  topics: string[];
  addressedTo: string | null;
  supporters: ExampleMemberKey[];
  comments: { by: ExampleMemberKey; body: string }[];
}

const SKHCN = 'Sở Khoa học và Công nghệ';
const SKHDT = 'Sở Kế hoạch và Đầu tư';
const UBND = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế';

export const EXAMPLE_ISSUES: Record<ExampleIssueKey, ExampleIssue> = {
  // Resolved: discussed four Saturdays ago, given to the Department, done, confirmed.
  ecosystemMap: {
    key: 'ecosystemMap',
    by: 'hoa',
    kind: 'OBSTACLE',
    title: 'Bản đồ hệ sinh thái chưa có các vườn ươm và không gian làm việc chung (ví dụ)',
    description:
      'Ví dụ: Bản đồ Hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh mới có các cơ quan nhà nước và trường đại học. Các nhóm khởi nghiệp không tìm thấy vườn ươm, không gian làm việc chung và dịch vụ cố vấn đang có ở Huế, nên phải hỏi qua người quen. Đề nghị bổ sung các tổ chức này cùng dịch vụ họ cung cấp.',
    topics: ['bản đồ hệ sinh thái', EXAMPLE_TOPIC],
    addressedTo: SKHCN,
    supporters: ['quan', 'khoa', 'bao'],
    comments: [
      {
        by: 'quan',
        body: 'Năm 2018 chúng tôi mất gần một tháng mới biết đến vườn ươm. Nếu bản đồ có đủ thông tin thì các nhóm mới đỡ mất thời gian.',
      },
    ],
  },
  // Assigned: discussed last Saturday, the Department reports progress.
  seedCapital: {
    key: 'seedCapital',
    by: 'quan',
    kind: 'OBSTACLE',
    title: 'Dự án khởi nghiệp giai đoạn đầu khó tiếp cận vốn mồi (ví dụ)',
    description:
      'Ví dụ: Dự án ở giai đoạn ý tưởng hoặc sản phẩm mẫu chưa đủ điều kiện vay ngân hàng, còn nhà đầu tư chỉ quan tâm khi đã có doanh thu. Nhiều nhóm dừng lại vì không có kinh phí thử nghiệm thị trường. Đề nghị tỉnh có cơ chế hỗ trợ vốn mồi cho các dự án được hội đồng chuyên gia đánh giá, như kết luận năm 2020 đã nêu: các ý tưởng, dự án chưa có chính sách hỗ trợ kịp thời.',
    topics: ['vốn', 'chính sách', EXAMPLE_TOPIC],
    addressedTo: SKHCN,
    supporters: ['khoa', 'bao', 'hoa', 'huy'],
    comments: [
      { by: 'bao', body: 'Sinh viên Đại học Huế có nhiều ý tưởng tốt nhưng dừng ở sản phẩm mẫu vì không có vốn thử nghiệm.' },
      {
        by: 'lan',
        body: 'Quỹ Phát triển khoa học và công nghệ của tỉnh có thể xem xét hỗ trợ; cần thống nhất tiêu chí chọn dự án và mức hỗ trợ.',
      },
    ],
  },
  // Discussed last Saturday; the meeting agreed on contact points, to be followed up.
  coordination: {
    key: 'coordination',
    by: 'hoa',
    kind: 'OBSTACLE',
    title: 'Phối hợp giữa các đơn vị hỗ trợ khởi nghiệp còn rời rạc (ví dụ)',
    description:
      'Ví dụ: Vườn ươm, các trường và các sở cùng tổ chức cuộc thi, lớp đào tạo nhưng không biết lịch của nhau; có tuần hai sự kiện trùng ngày, có tháng không có gì. Đề nghị mỗi đơn vị cử một đầu mối và có một lịch chung.',
    topics: ['phối hợp', EXAMPLE_TOPIC],
    addressedTo: null,
    supporters: ['bao', 'lan'],
    comments: [],
  },
  // On the next Saturday's agenda.
  legalProcedures: {
    key: 'legalProcedures',
    by: 'khoa',
    kind: 'OBSTACLE',
    title: 'Thủ tục thành lập doanh nghiệp cho nhóm khởi nghiệp còn mất nhiều thời gian (ví dụ)',
    description:
      'Ví dụ: Nhóm sinh viên chúng tôi (ứng dụng đặt tour làng nghề) muốn thành lập công ty nhưng chưa rõ hồ sơ, điều kiện kinh doanh lữ hành và nghĩa vụ thuế ban đầu; hỏi ba nơi được ba câu trả lời khác nhau. Đề nghị có một đầu mối hướng dẫn và buổi tư vấn pháp lý định kỳ cho doanh nghiệp khởi nghiệp.',
    topics: ['thủ tục pháp lý', 'đăng ký doanh nghiệp', EXAMPLE_TOPIC],
    addressedTo: SKHDT,
    supporters: ['quan', 'bao', 'hoa'],
    comments: [
      {
        by: 'huy',
        body: 'Hồ sơ đăng ký doanh nghiệp nộp trực tuyến được trên Cổng thông tin quốc gia về đăng ký doanh nghiệp. Sở sẽ hướng dẫn cụ thể tại buổi gặp mặt thứ Bảy tới.',
      },
      { by: 'khoa', body: 'Cảm ơn anh Huy, nhóm sẽ mang theo hồ sơ dự thảo để được góp ý.' },
    ],
  },
  // On the next Saturday's agenda.
  portal: {
    key: 'portal',
    by: 'bao',
    kind: 'PROPOSAL',
    title: 'Đề xuất sớm vận hành Cổng thông tin khởi nghiệp của tỉnh (ví dụ)',
    description:
      'Ví dụ: Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đặt mục tiêu thiết lập Cổng thông tin khởi nghiệp. Hiện thông tin về chính sách, chương trình hỗ trợ, sự kiện và chuyên gia cố vấn nằm rải rác trên trang của nhiều sở, ngành. Đề xuất một cổng chung, cập nhật hằng tuần, liên kết với Bản đồ Hệ sinh thái.',
    topics: ['cổng thông tin', EXAMPLE_TOPIC],
    addressedTo: SKHCN,
    supporters: ['khoa', 'hoa', 'quan', 'lan'],
    comments: [{ by: 'hoa', body: 'Nên có mục lịch sự kiện khởi nghiệp của các trường và vườn ươm, để các nhóm không bỏ lỡ.' }],
  },
  // Raised again by another member, merged into the legal-procedures issue.
  registrationDuplicate: {
    key: 'registrationDuplicate',
    by: 'bao',
    kind: 'OBSTACLE',
    title: 'Sinh viên khởi nghiệp không biết bắt đầu đăng ký kinh doanh từ đâu (ví dụ)',
    description: 'Ví dụ: Các nhóm sinh viên hỏi tôi về hồ sơ đăng ký kinh doanh nhưng trường chưa có nơi hướng dẫn.',
    topics: ['thủ tục pháp lý', EXAMPLE_TOPIC],
    addressedTo: SKHDT,
    supporters: [],
    comments: [],
  },
  workspace: {
    key: 'workspace',
    by: 'khoa',
    kind: 'OBSTACLE',
    title: 'Thiếu không gian làm việc chung chi phí thấp cho nhóm chưa thành lập doanh nghiệp (ví dụ)',
    description:
      'Ví dụ: Nhóm chưa có pháp nhân nên không thuê được văn phòng, còn quán cà phê thì không phù hợp để làm việc và gặp khách hàng. Đề nghị có chỗ ngồi miễn phí hoặc giá thấp trong năm đầu tại không gian làm việc chung của tỉnh hoặc của các trường.',
    topics: ['không gian làm việc', EXAMPLE_TOPIC],
    addressedTo: null,
    supporters: ['bao'],
    comments: [{ by: 'hoa', body: 'Vườn ươm khởi nghiệp Huế còn một số chỗ ngồi; các nhóm có thể liên hệ để dùng thử một tháng.' }],
  },
  steeringBoard: {
    key: 'steeringBoard',
    by: 'quan',
    kind: 'RECOMMENDATION',
    title: 'Kiến nghị có đại diện doanh nghiệp khởi nghiệp trong Ban Chỉ đạo khởi nghiệp (ví dụ)',
    description:
      'Ví dụ: Kết luận năm 2020 giao kiện toàn Ban điều hành và đề xuất Ban Chỉ đạo khởi nghiệp với các thành viên hoạt động hiệu quả. Kiến nghị Ban Chỉ đạo có ít nhất một đại diện doanh nghiệp khởi nghiệp và một đại diện vườn ươm, luân phiên hằng năm.',
    topics: ['ban chỉ đạo', EXAMPLE_TOPIC],
    addressedTo: UBND,
    supporters: ['hoa'],
    comments: [],
  },
  trademark: {
    key: 'trademark',
    by: 'quan',
    kind: 'OBSTACLE',
    title: 'Chi phí và thời gian đăng ký nhãn hiệu là rào cản với sản phẩm khởi nghiệp (ví dụ)',
    description:
      'Ví dụ: Sản phẩm trà thảo mộc của chúng tôi đã có khách hàng nhưng chưa đăng ký được nhãn hiệu; hồ sơ kéo dài và chi phí tư vấn cao so với một doanh nghiệp nhỏ. Đề nghị hỗ trợ tư vấn sở hữu trí tuệ và một phần lệ phí cho doanh nghiệp khởi nghiệp.',
    topics: ['sở hữu trí tuệ', EXAMPLE_TOPIC],
    addressedTo: SKHCN,
    supporters: ['khoa'],
    comments: [],
  },
  internships: {
    key: 'internships',
    by: 'bao',
    kind: 'PROPOSAL',
    title: 'Đề xuất kết nối sinh viên thực tập với doanh nghiệp khởi nghiệp (ví dụ)',
    description:
      'Ví dụ: Doanh nghiệp khởi nghiệp cần người nhưng ít khả năng tuyển; sinh viên cần nơi thực tập có việc thật. Đề xuất mỗi học kỳ Đại học Huế và các doanh nghiệp khởi nghiệp lập một danh sách vị trí thực tập chung.',
    topics: ['nhân lực', EXAMPLE_TOPIC],
    addressedTo: null,
    supporters: ['khoa', 'quan'],
    comments: [{ by: 'quan', body: 'Công ty chúng tôi nhận được hai bạn thực tập về marketing trong học kỳ tới.' }],
  },
  mentors: {
    key: 'mentors',
    by: 'hoa',
    kind: 'OBSTACLE',
    title: 'Thiếu chuyên gia cố vấn cho dự án nông nghiệp và du lịch (ví dụ)',
    description:
      'Ví dụ: Vườn ươm đang hỗ trợ nhiều dự án nông nghiệp, du lịch nhưng thiếu chuyên gia có kinh nghiệm thị trường và xuất khẩu trong hai lĩnh vực này. Đề nghị lập mạng lưới cố vấn từ các trường, doanh nghiệp và doanh nhân người Huế ở xa.',
    topics: ['cố vấn', EXAMPLE_TOPIC],
    addressedTo: null,
    supporters: ['quan'],
    comments: [],
  },
  targets: {
    key: 'targets',
    by: 'bao',
    kind: 'RECOMMENDATION',
    title: 'Công bố kết quả thực hiện chỉ tiêu hỗ trợ 800 dự án, 200 doanh nghiệp hằng năm (ví dụ)',
    description:
      'Ví dụ: Đề án hỗ trợ hệ sinh thái khởi nghiệp đến năm 2025 đặt chỉ tiêu hỗ trợ 800 dự án và 200 doanh nghiệp khởi nghiệp. Kiến nghị công bố số đã đạt mỗi năm, theo lĩnh vực và loại hỗ trợ, để cộng đồng cùng theo dõi.',
    topics: ['chỉ tiêu', EXAMPLE_TOPIC],
    addressedTo: SKHCN,
    supporters: [],
    comments: [{ by: 'lan', body: 'Sở đang tổng hợp số liệu; kết quả sẽ được cập nhật trên trang chỉ tiêu của chương trình.' }],
  },
};

/** What the example meetings concluded and the work they gave. */
export const EXAMPLE_MINUTES = {
  ecosystemMap: {
    summary:
      'Ví dụ: Buổi gặp mặt trao đổi về Bản đồ Hệ sinh thái khởi nghiệp đổi mới sáng tạo. Vườn ươm khởi nghiệp Huế trình bày khó khăn của các nhóm mới khi tìm nơi ươm tạo; Sở Khoa học và Công nghệ tiếp thu.',
    decision:
      'Giao Sở Khoa học và Công nghệ rà soát, bổ sung các vườn ươm và không gian làm việc chung vào Bản đồ Hệ sinh thái khởi nghiệp; Vườn ươm khởi nghiệp Huế cung cấp thông tin.',
    note: 'Bản đồ hiện chưa có vườn ươm nào; các thành viên thống nhất bổ sung trước buổi gặp mặt sau hai tuần.',
    assignment: 'Bổ sung vườn ươm và không gian làm việc chung vào Bản đồ Hệ sinh thái (ví dụ)',
    progress: 'Đã nhận thông tin từ Vườn ươm khởi nghiệp Huế; đang kiểm tra vị trí và dịch vụ trên bản đồ.',
    done: 'Đã cập nhật Vườn ươm khởi nghiệp Huế và dịch vụ không gian làm việc chung trên Bản đồ Hệ sinh thái.',
    resolution:
      'Sở Khoa học và Công nghệ đã bổ sung Vườn ươm khởi nghiệp Huế và dịch vụ không gian làm việc chung vào Bản đồ Hệ sinh thái; các tổ chức khác đề nghị bổ sung qua trang Hệ sinh thái.',
    thanks: 'Cảm ơn Sở, bản đồ đã có thông tin của Vườn ươm. Các nhóm mới đã bắt đầu liên hệ qua đó.',
  },
  lastSaturday: {
    summary:
      'Ví dụ: Buổi gặp mặt bàn về vốn mồi cho dự án khởi nghiệp giai đoạn đầu và việc phối hợp giữa các đơn vị hỗ trợ khởi nghiệp. Tham dự có Sở Khoa học và Công nghệ, Sở Kế hoạch và Đầu tư, Đại học Huế, Vườn ươm khởi nghiệp Huế và các doanh nghiệp khởi nghiệp.',
    seedCapitalDecision:
      'Giao Sở Khoa học và Công nghệ chủ trì, phối hợp Sở Kế hoạch và Đầu tư đề xuất cơ chế hỗ trợ vốn mồi cho dự án khởi nghiệp giai đoạn đầu, tham khảo mô hình của Quảng Nam và Đồng Tháp, trình UBND tỉnh.',
    coordinationDecision:
      'Các đơn vị hỗ trợ khởi nghiệp cử đầu mối và đưa sự kiện của mình vào một lịch chung; Viện Nghiên cứu phát triển tổng hợp danh sách đầu mối, báo cáo tại buổi gặp mặt sau.',
    seedCapitalNote: 'Các doanh nghiệp đề nghị mức hỗ trợ 50–200 triệu đồng mỗi dự án, xét chọn qua hội đồng chuyên gia.',
    assignment: 'Đề xuất cơ chế hỗ trợ vốn mồi cho dự án khởi nghiệp giai đoạn đầu (ví dụ)',
    progress: 'Đã làm việc với Quỹ Phát triển khoa học và công nghệ tỉnh; đang tham khảo mô hình hỗ trợ của Quảng Nam và Đồng Tháp.',
  },
  duplicateNote: 'Trùng với vấn đề về thủ tục thành lập doanh nghiệp, đã có trong chương trình thứ Bảy tới; ý kiến được gộp vào đó.',
};
