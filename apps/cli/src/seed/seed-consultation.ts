import { EntityManager } from 'typeorm';
import { splitDocument } from '@app/consultations';

/** A sample draft of the "Cố đô khởi nghiệp" scheme the 2020 meeting asked the Institute to write (seed article, conclusion 3). */
export const SEED_CONSULTATION = {
  title: 'Dự thảo Đề án “Cố đô khởi nghiệp” (bản lấy ý kiến)',
  summary:
    'Viện Nghiên cứu phát triển xây dựng dự thảo theo kết luận của buổi gặp mặt ngày 15/02/2020, lấy ý kiến các thành viên Ban Chỉ đạo và cộng đồng khởi nghiệp trước khi gửi Sở Khoa học và Công nghệ rà soát.',
  document: `Đề án do Viện Nghiên cứu phát triển chủ trì xây dựng, phối hợp với các chuyên gia; Sở Khoa học và Công nghệ rà soát, hoàn chỉnh trước khi trình UBND tỉnh.

# Sự cần thiết
Bước đầu khởi động hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh còn nhiều khó khăn: việc phối hợp giữa các thành phần còn rời rạc, các ý tưởng, dự án chưa có chính sách hỗ trợ kịp thời.

# Mục tiêu đến năm 2025
- Hình thành mạng lưới kết nối các thành phần của hệ sinh thái khởi nghiệp trên địa bàn tỉnh.
- Hỗ trợ ít nhất 100 dự án khởi nghiệp đổi mới sáng tạo, trong đó 20 dự án thành lập doanh nghiệp.
- Tổ chức định kỳ các buổi gặp mặt cộng đồng khởi nghiệp vào sáng thứ Bảy hằng tuần.

# Nhiệm vụ và giải pháp
1. Kiện toàn Ban Chỉ đạo khởi nghiệp và Tổ giúp việc với các thành viên hoạt động hiệu quả.
2. Xây dựng Bản đồ Hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh.
3. Phát triển không gian làm việc chung, vườn ươm và các dịch vụ tư vấn pháp lý, sở hữu trí tuệ, gọi vốn cho dự án khởi nghiệp.

# Tổ chức thực hiện
Sở Khoa học và Công nghệ là cơ quan thường trực; Sở Kế hoạch và Đầu tư bố trí kinh phí; Viện Nghiên cứu phát triển theo dõi, tổng hợp kết quả hằng năm.`,
  /** Open since a few days, for four more weeks, from the day the seed runs. */
  openedDaysAgo: 3,
  openForDays: 31,
  authors: [
    { email: 'hoa.le@example.org', name: 'Lê Thị Hoa' },
    { email: 'quan.pham@example.org', name: 'Phạm Minh Quân' },
  ],
  comments: [
    {
      heading: 'Mục tiêu đến năm 2025',
      author: 0,
      body: 'Đề nghị bổ sung chỉ tiêu về số dự án khởi nghiệp của sinh viên các trường đại học trên địa bàn.',
      response: 'Tiếp thu: bổ sung chỉ tiêu 30 dự án của sinh viên, phối hợp với Đại học Huế.',
      accepted: true,
    },
    {
      heading: 'Nhiệm vụ và giải pháp',
      author: 1,
      body: 'Nên miễn phí không gian làm việc chung trong năm đầu cho các nhóm khởi nghiệp chưa thành lập doanh nghiệp.',
      response: null,
      accepted: null,
    },
  ],
};

/** The sample consultation, found again by its title on a second run; 1 when it was added. */
export async function seedConsultation(manager: EntityManager, now: Date): Promise<number> {
  const [existing] = await manager.query('SELECT id FROM consultations WHERE title = $1', [SEED_CONSULTATION.title]);
  if (existing) return 0;
  const day = 86400_000;
  const opensAt = new Date(now.getTime() - SEED_CONSULTATION.openedDaysAgo * day);
  const closesAt = new Date(opensAt.getTime() + SEED_CONSULTATION.openForDays * day);
  const [consultation] = await manager.query(
    'INSERT INTO consultations (title, summary, document, opens_at, closes_at, created_at) VALUES ($1, $2, $3, $4, $5, $4) RETURNING id',
    [SEED_CONSULTATION.title, SEED_CONSULTATION.summary, SEED_CONSULTATION.document, opensAt, closesAt],
  );
  const sectionIds = new Map<string, string>();
  for (const [index, section] of splitDocument(SEED_CONSULTATION.document).entries()) {
    const [row] = await manager.query(
      'INSERT INTO consultation_sections (consultation_id, position, level, heading, body) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [consultation.id, index + 1, section.level, section.heading, section.body],
    );
    sectionIds.set(section.heading, row.id);
  }
  const authorIds: string[] = [];
  for (const author of SEED_CONSULTATION.authors) {
    await manager.query('INSERT INTO members (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING', [author.email, author.name]);
    authorIds.push((await manager.query('SELECT id FROM members WHERE email = $1', [author.email]))[0].id);
  }
  for (const [index, comment] of SEED_CONSULTATION.comments.entries()) {
    const createdAt = new Date(opensAt.getTime() + (index + 1) * day);
    await manager.query(
      `INSERT INTO consultation_comments (section_id, consultation_id, author_id, body, created_at, response, accepted, responded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        sectionIds.get(comment.heading),
        consultation.id,
        authorIds[comment.author],
        comment.body,
        createdAt,
        comment.response,
        comment.accepted,
        comment.response ? new Date(createdAt.getTime() + day) : null,
      ],
    );
  }
  return 1;
}
