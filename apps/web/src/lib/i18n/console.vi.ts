/** The organizer console (series, agenda, door, minutes, assignments), in Vietnamese. */
export const consoleVi = {
  'nav.organize': 'Quản lý',
  'organize.title': 'Bảng điều hành',
  'organize.nav.label': 'Các mục quản lý',
  'organize.nav.dashboard': 'Tổng quan',
  'organize.nav.series': 'Chuỗi gặp mặt',
  'organize.nav.moderation': 'Kiểm duyệt',
  'organize.nav.people': 'Thành viên',
  'organize.nav.organizations': 'Tổ chức',
  'organize.nav.audit': 'Nhật ký',
  'organize.nav.deliveries': 'E-mail',
  'organize.forbidden': 'Trang này dành cho ban tổ chức.',
} as const;
