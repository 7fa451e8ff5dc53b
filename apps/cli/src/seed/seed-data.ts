import type { OrganizationKind } from '@app/organizations';
import { HUE_TIME_ZONE } from '@app/core';

/** The organisations of the 15 Feb 2020 meeting (docs/HISTORY.md). */
export const SEED_ORGANIZATIONS: { name: string; shortName: string; kind: OrganizationKind; website: string | null }[] = [
  { name: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế', shortName: 'UBND tỉnh', kind: 'GOVERNMENT_AGENCY', website: 'https://thuathienhue.gov.vn' },
  { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'GOVERNMENT_AGENCY', website: null },
  { name: 'Sở Kế hoạch và Đầu tư', shortName: 'Sở KH&ĐT', kind: 'GOVERNMENT_AGENCY', website: null },
  { name: 'Viện Nghiên cứu phát triển', shortName: 'Viện NCPT', kind: 'RESEARCH_INSTITUTE', website: null },
];

/** The weekly meetup the 15 Feb 2020 conclusions set up: Saturdays, 08:00, in Huế. */
export const SEED_SERIES = {
  title: 'Gặp mặt cộng đồng khởi nghiệp thứ Bảy hằng tuần',
  description:
    'Cộng đồng khởi nghiệp gặp mặt vào ngày thứ Bảy hằng tuần để trao đổi, đề xuất, kiến nghị, tháo gỡ các vướng mắc về khởi nghiệp đổi mới sáng tạo kịp thời.',
  hostOrganizationName: 'Viện Nghiên cứu phát triển',
  recurrence: 'FREQ=WEEKLY;BYDAY=SA',
  timezone: HUE_TIME_ZONE,
  startTime: '08:00',
  durationMinutes: 180,
  startsOn: '2020-02-15',
  endsOn: null,
  venue: 'Viện Nghiên cứu phát triển tỉnh Thừa Thiên Huế',
  venueAddress: null,
  onlineUrl: null,
  capacity: 60,
  visibility: 'PUBLIC' as const,
  skipDates: [],
  guestLimit: 2,
};

/** The minutes of 15 Feb 2020 (docs/HISTORY.md): the Vice-Chairman's conclusions. */
export const SEED_MINUTES = {
  summary:
    'Ngày 15/02/2020, tại Văn phòng UBND tỉnh, đồng chí Phan Thiên Định, Phó Chủ tịch UBND tỉnh chủ trì buổi gặp mặt các thành phần của hệ sinh thái khởi nghiệp đổi mới sáng tạo nhằm trao đổi và đề xuất các giải pháp phát triển khởi nghiệp đổi mới sáng tạo của tỉnh. Tham dự có Sở Khoa học và Công nghệ, Sở Kế hoạch và Đầu tư, Viện Nghiên cứu phát triển cùng đại diện các thành phần của hệ sinh thái.',
  decisions: [
    'UBND tỉnh biểu dương và đánh giá cao sự tích cực, năng động của các tổ chức, cá nhân khởi nghiệp. Tuy vậy vẫn còn nhiều bất cập, việc phối hợp còn rời rạc, các ý tưởng, dự án chưa có chính sách hỗ trợ kịp thời.',
    'Giao Sở Khoa học và Công nghệ tham mưu kiện toàn Ban điều hành và Tổ giúp việc triển khai Kế hoạch Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh giai đoạn 2017 – 2020, định hướng đến năm 2025; đề xuất hình thành Ban Chỉ đạo khởi nghiệp. Trình UBND tỉnh trước ngày 25/2/2020.',
    'Sở Khoa học và Công nghệ rà soát hệ sinh thái để tham mưu xây dựng Bản đồ Hệ sinh thái khởi nghiệp đổi mới sáng tạo, làm cơ sở xây dựng đề án “Cố đô khởi nghiệp”. Viện Nghiên cứu phát triển phối hợp các chuyên gia xây dựng dự thảo gửi Sở Khoa học và Công nghệ trước ngày 10/3/2020; Sở rà soát, hoàn chỉnh, trình UBND tỉnh trước ngày 20/3/2020.',
    'Giao Viện Nghiên cứu phát triển tỉnh chủ trì, phối hợp Sở Khoa học và Công nghệ tham mưu cộng đồng khởi nghiệp gặp mặt vào ngày thứ Bảy hằng tuần để trao đổi, đề xuất, kiến nghị, tháo gỡ các vướng mắc kịp thời.',
  ],
};

const SKHCN = 'Sở Khoa học và Công nghệ';
const VIEN = 'Viện Nghiên cứu phát triển';

/**
 * The conclusions as assignments, with the article's deadlines. The ecosystem map has no date in
 * the article: it is given the scheme's final date. The weekly meetups are recorded as done on
 * the first Saturday after.
 */
export const SEED_ASSIGNMENTS: {
  key: string;
  title: string;
  lead: string;
  coordinating: string[];
  dueOn: string;
  decision: number;
  dependsOn: string[];
  doneOn?: string;
}[] = [
  {
    key: 'steering-board',
    title: 'Tham mưu kiện toàn Ban điều hành, Tổ giúp việc và đề xuất Ban Chỉ đạo khởi nghiệp',
    lead: SKHCN,
    coordinating: [],
    dueOn: '2020-02-25',
    decision: 2,
    dependsOn: [],
  },
  {
    key: 'scheme-draft',
    title: 'Xây dựng dự thảo Đề án “Cố đô khởi nghiệp”, gửi Sở Khoa học và Công nghệ',
    lead: VIEN,
    coordinating: [],
    dueOn: '2020-03-10',
    decision: 3,
    dependsOn: [],
  },
  {
    key: 'scheme-submit',
    title: 'Rà soát, hoàn chỉnh Đề án “Cố đô khởi nghiệp”, trình UBND tỉnh',
    lead: SKHCN,
    coordinating: [VIEN],
    dueOn: '2020-03-20',
    decision: 3,
    dependsOn: ['scheme-draft'],
  },
  {
    key: 'ecosystem-map',
    title: 'Rà soát hệ sinh thái, tham mưu xây dựng Bản đồ Hệ sinh thái khởi nghiệp đổi mới sáng tạo',
    lead: SKHCN,
    coordinating: [],
    dueOn: '2020-03-20',
    decision: 3,
    dependsOn: [],
  },
  {
    key: 'weekly-meetups',
    title: 'Tổ chức gặp mặt cộng đồng khởi nghiệp vào thứ Bảy hằng tuần',
    lead: VIEN,
    coordinating: [SKHCN],
    dueOn: '2020-02-22',
    decision: 4,
    dependsOn: [],
    doneOn: '2020-02-22',
  },
];
