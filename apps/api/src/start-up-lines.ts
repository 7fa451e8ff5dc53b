import { AppConfig, DEVELOPMENT_ADMIN_EMAIL } from '@app/config';

/**
 * The start-up log's last lines: where to open the app, whom to sign in as, where mail goes.
 * `mailTransport` is the transport's own description.
 */
export function startUpLines(config: AppConfig, mailTransport: string): string[] {
  const admins = config.auth.adminEmails;
  let admin: string;
  if (admins.length === 0) admin = 'no admin address: set ADMIN_EMAILS to the addresses that become ADMIN when they sign in';
  else if (!config.isProduction && admins.length === 1 && admins[0] === DEVELOPMENT_ADMIN_EMAIL)
    admin = `sign in as ${DEVELOPMENT_ADMIN_EMAIL} to reach /organize (the development admin; ADMIN_EMAILS replaces it)`;
  else admin = `sign in as ${admins.join(' or ')} to reach /organize (ADMIN_EMAILS)`;
  const mail = config.mail.devMailPage
    ? `mail is not sent out: read it at ${config.publicUrl}/dev/mail (kept in ${config.mail.captureDir})`
    : `mail: ${mailTransport}`;
  return [`open ${config.publicUrl}`, admin, mail];
}
