/**
 * The province's time zone (UTC+7, no daylight saving): Saturdays, due dates, digests, reminders
 * and reports are reckoned in it. A series may name another zone for its own dates.
 */
export const HUE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
