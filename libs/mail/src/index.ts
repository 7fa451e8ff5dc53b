export * from './mail-transport';
export * from './mail.module';
export * from './templates/render';
export * from './templates/sign-in.template';
export * from './templates/dates';
export * from './templates/rsvp.template';
export * from './templates/notice.template';
export * from './templates/digest.template';
