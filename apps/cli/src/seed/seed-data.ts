import type { OrganizationKind } from '@app/organizations';

/** The organisations of the 15 Feb 2020 meeting (../shared/seed). */
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
  timezone: 'Asia/Ho_Chi_Minh',
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
