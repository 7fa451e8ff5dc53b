import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode } from '@app/core';
import { escapeHtml } from '@app/mail';
import { RsvpLinksService, UNSUBSCRIBE_LINK_DAYS, UnsubscribeService } from '@app/notifications';
import { HTTP_STATUS } from '../http/domain-error.filter';

const PREFERENCE_LABEL: Record<string, string> = {
  weeklyDigest: 'bản tin hằng tuần / the weekly digest',
  rsvpConfirmation: 'xác nhận đăng ký / RSVP confirmations',
  waitlistPromotion: 'thông báo có chỗ / waitlist promotions',
  meetupChanges: 'thay đổi buổi gặp / meetup changes',
  minutesPublished: 'biên bản / minutes',
  assignmentUpdates: 'nhiệm vụ / assignments',
  deadlineReminders: 'nhắc hạn / deadline reminders',
  issueUpdates: 'cập nhật vấn đề / issue updates',
  meetupReminders: 'nhắc lịch gặp mặt / meetup reminders',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:520px;margin:40px auto;padding:0 16px;"><h1 style="font-size:20px;">${escapeHtml(title)}</h1>${body}</body></html>`;
}

function send(res: Response, status: number, title: string, body: string): void {
  res.status(status).set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).send(page(title, body));
}

/** A link that was used already, or has expired: it does nothing more; the profile does the rest. */
function usedOrExpired(state: 'USED' | 'EXPIRED', what: string): string {
  const why =
    state === 'USED'
      ? `<p>Liên kết này đã được dùng (để tắt ${what}). · This link was used already (it turned off ${what}).</p>`
      : `<p>Liên kết này đã hết hạn (${UNSUBSCRIBE_LINK_DAYS} ngày sau thư). · This link has expired (${UNSUBSCRIBE_LINK_DAYS} days after its e-mail).</p>`;
  return `${why}<p>Bật hoặc tắt thư trong <a href="/me">hồ sơ của bạn</a>. · Turn e-mails on or off in <a href="/me">your profile</a>.</p>`;
}

function fail(res: Response, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  const status = error.code === ErrorCode.CONFLICT ? 410 : HTTP_STATUS[error.code];
  send(res, status, 'Không dùng được liên kết · Link not usable', `<p>${escapeHtml(error.message)}</p>`);
}

/**
 * Links in e-mails that act without signing in. GET only shows what will happen (mail scanners
 * open links); the action is a POST: the button on the page, or the mail client's one-click
 * unsubscribe (RFC 8058).
 */
@Controller()
export class OneClickController {
  constructor(
    private readonly unsubscribe: UnsubscribeService,
    private readonly rsvpLinks: RsvpLinksService,
  ) {}

  @Get('unsubscribe/:token')
  async confirmUnsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const target = await this.unsubscribe.describe(token);
    if (!target) return send(res, 404, 'Không tìm thấy · Not found', '<p>Liên kết không hợp lệ. · This link is not valid.</p>');
    const what = escapeHtml(PREFERENCE_LABEL[target.preference] ?? target.preference);
    // Whoever holds the link learns which kind of mail it is about, never to whom it goes.
    if (target.state !== 'USABLE') return send(res, 410, 'Không dùng được liên kết · Link not usable', usedOrExpired(target.state, what));
    send(
      res,
      200,
      'Hủy đăng ký · Unsubscribe',
      `<p>Ngừng gửi ${what} tới bạn? · Stop sending you ${what}?</p>
<form method="post"><button type="submit" style="padding:10px 18px;">Hủy đăng ký · Unsubscribe</button></form>`,
    );
  }

  @Post('unsubscribe/:token')
  @HttpCode(200)
  async doUnsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    try {
      const preference = await this.unsubscribe.unsubscribe(token);
      send(
        res,
        200,
        'Đã hủy đăng ký · Unsubscribed',
        `<p>Bạn sẽ không nhận ${escapeHtml(PREFERENCE_LABEL[preference] ?? preference)} nữa. Có thể bật lại trong hồ sơ.</p>`,
      );
    } catch (error) {
      fail(res, error);
    }
  }

  @Get('rsvp-links/:token')
  async confirmRsvp(@Param('token') token: string, @Res() res: Response): Promise<void> {
    try {
      const link = await this.rsvpLinks.check(token);
      const answer = link.response === 'GOING' ? 'Tôi sẽ tham dự · I am going' : 'Tôi không tham dự · I am not going';
      send(res, 200, link.meetupTitle, `<form method="post"><button type="submit" style="padding:10px 18px;">${escapeHtml(answer)}</button></form>`);
    } catch (error) {
      fail(res, error);
    }
  }

  @Post('rsvp-links/:token')
  @HttpCode(200)
  async useRsvp(@Param('token') token: string, @Res() res: Response): Promise<void> {
    try {
      const rsvp = await this.rsvpLinks.use(token);
      const said = {
        GOING: 'Đã đăng ký tham dự · You are going',
        WAITLISTED: 'Bạn trong danh sách chờ · You are on the waitlist',
        NOT_GOING: 'Đã ghi nhận không tham dự · Noted: not going',
      };
      send(res, 200, said[rsvp.status], '<p>Cảm ơn! · Thank you!</p>');
    } catch (error) {
      fail(res, error);
    }
  }
}
