import { createTransport, type Transporter } from 'nodemailer';
import { z } from 'zod';

/**
 * Outgoing mail through an SMTP server named by `TRADEGUARD_SMTP_URL` (smtp://user:pass@host:587, or smtps://
 * for TLS from the start), from `TRADEGUARD_MAIL_FROM`. Without a server configured, mail is not sent and the
 * caller records that (a notification then says "e-mail not configured" rather than pretending).
 */
export type Mail = { to: string; subject: string; text: string };
export type Mailer = { readonly configured: boolean; send(mail: Mail): Promise<void>; close(): void };

const envSchema = z.object({
  TRADEGUARD_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'TRADEGUARD_SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  TRADEGUARD_MAIL_FROM: z.string().min(3).default('Tradeguard <tradeguard@localhost>'),
});

export function createMailer(env: NodeJS.ProcessEnv = process.env): Mailer {
  const config = envSchema.parse(env);
  if (!config.TRADEGUARD_SMTP_URL) {
    return {
      configured: false,
      send: async () => {
        throw new Error('e-mail not configured (TRADEGUARD_SMTP_URL)');
      },
      close: () => undefined,
    };
  }
  const url = new URL(config.TRADEGUARD_SMTP_URL);
  const transport: Transporter = createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    configured: true,
    async send(mail) {
      await transport.sendMail({
        from: config.TRADEGUARD_MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
    },
    close: () => transport.close(),
  };
}
