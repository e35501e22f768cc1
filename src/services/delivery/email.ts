/**
 * Sending a report by e-mail through the SMTP server of `SEXTANT_SMTP_URL` (nodemailer). The body is
 * plain text with an HTML alternative; the report itself rides along as an attachment when the schedule
 * asks for one. An SMTP refusal is reported with the server's answer.
 */
import nodemailer from 'nodemailer';
import { DeliveryError } from './slack.js';

export interface EmailAttachment {
  filename: string;
  content: Buffer | string;
  contentType: string;
}

export interface EmailMessage {
  from: string;
  to: readonly string[];
  subject: string;
  text: string;
  html: string;
  attachments?: readonly EmailAttachment[];
}

/** Sends one message; resolves with the server's message id. */
export async function sendEmail(smtpUrl: string, message: EmailMessage): Promise<string> {
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    const info = await transport.sendMail({
      from: message.from,
      to: [...message.to],
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: (message.attachments ?? []).map((attachment) => ({ ...attachment })),
    });
    const refused = info.rejected.map(String);
    if (refused.length > 0) {
      throw new DeliveryError(`The SMTP server refused ${refused.join(', ')}: ${info.response}`, null);
    }
    return info.messageId;
  } catch (error) {
    if (error instanceof DeliveryError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    const code = (error as { responseCode?: number }).responseCode ?? null;
    throw new DeliveryError(`Sending the e-mail failed: ${detail}`, code, { cause: error });
  } finally {
    transport.close();
  }
}
