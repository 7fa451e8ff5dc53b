import { DynamicModule, Global, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { CapturingMailTransport, MailTransport, SmtpMailTransport } from './mail-transport';

export function createMailTransport(config: AppConfig): MailTransport {
  return config.mail.smtpUrl
    ? new SmtpMailTransport(config.mail.smtpUrl, config.mail.from)
    : new CapturingMailTransport(config.mail.captureDir, config.mail.from);
}

/** Says at start where mail goes (so a person knows where to read captured messages); closes the transport at shutdown. */
@Injectable()
class MailLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly transport: MailTransport) {}

  onApplicationBootstrap(): void {
    new Logger('Mail').log(`mail is ${this.transport.describe()}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}

@Global()
@Module({})
export class MailModule {
  /** `transport` lets tests and tools choose; otherwise SMTP_URL decides. */
  static forRoot(config: AppConfig, transport?: MailTransport): DynamicModule {
    const chosen = transport ?? createMailTransport(config);
    return {
      module: MailModule,
      providers: [{ provide: MailTransport, useValue: chosen }, MailLifecycle],
      exports: [MailTransport],
    };
  }
}
