/** Moderation and people (hidden issues and comments, statuses, members, organisations, audit, mail), in Vietnamese. */
export const moderationVi = {
  'moderation.title': 'Kiểm duyệt',
} as const;
