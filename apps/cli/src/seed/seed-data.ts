import type { OrganizationKind } from '@app/organizations';

/** The organisations of the 15 Feb 2020 meeting (../shared/seed). */
export const SEED_ORGANIZATIONS: { name: string; shortName: string; kind: OrganizationKind; website: string | null }[] = [
  { name: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế', shortName: 'UBND tỉnh', kind: 'GOVERNMENT_AGENCY', website: 'https://thuathienhue.gov.vn' },
  { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'GOVERNMENT_AGENCY', website: null },
  { name: 'Sở Kế hoạch và Đầu tư', shortName: 'Sở KH&ĐT', kind: 'GOVERNMENT_AGENCY', website: null },
  { name: 'Viện Nghiên cứu phát triển', shortName: 'Viện NCPT', kind: 'RESEARCH_INSTITUTE', website: null },
];
