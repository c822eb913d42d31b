import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends e-mail through SMTP_URL; without it `enabled` is false and notifications stay in-app. */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private transporter: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.mail !== undefined;
  }

  /** Throws when the SMTP server refuses the mail, so callers can retry later. */
  async send(mail: OutgoingMail): Promise<void> {
    const settings = this.config.mail;
    if (!settings) return;
    this.transporter ??= createTransport(settings.smtpUrl);
    await this.transporter.sendMail({ from: settings.from, ...mail });
    this.logger.debug(`Sent "${mail.subject}" to ${mail.to}`);
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
