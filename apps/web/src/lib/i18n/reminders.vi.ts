/** Reminders, questions at RSVP and their answers (members' pages and the console), in Vietnamese. */
export const remindersVi = {
  'me.notification.meetupReminders': 'sắp đến buổi gặp tôi đã đăng ký (nhắc lịch)',
  'rsvp.questions': 'Câu hỏi của ban tổ chức',
  'rsvp.questionsHint': 'Không bắt buộc; câu trả lời chỉ ban tổ chức xem được.',
  'series.reminders': 'Nhắc lịch qua e-mail',
  'series.remindersHint':
    'Số phút trước giờ bắt đầu, cách nhau bởi dấu phẩy (tối đa 4). Ví dụ 780, 60: 19:00 tối hôm trước và một giờ trước buổi 08:00. Để trống: không nhắc.',
  'series.remindersInvalid': 'Nhập các số phút, cách nhau bởi dấu phẩy.',
  'series.questions': 'Câu hỏi khi đăng ký tham dự',
  'series.questionsHint': 'Mỗi dòng một câu hỏi, tối đa 5.',
  'door.answers': 'Câu trả lời khi đăng ký',
} as const;
