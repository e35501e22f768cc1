/** The digest sent by e-mail through a local SMTP server (smtp-server), read back from the raw message. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestSubject, renderDigestHtml, renderDigestText } from '../../src/reports/digest.js';
import { sendEmail } from '../../src/services/delivery/email.js';
import { DeliveryError } from '../../src/services/delivery/slack.js';
import { buildSampleDigest, type MailReceiver, startMailReceiver } from './delivery-receivers.js';

describe('e-mail delivery', () => {
  let receiver: MailReceiver;
  beforeAll(async () => {
    receiver = await startMailReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('sends the digest as text and HTML with the report attached', async () => {
    const digest = buildSampleDigest();
    await sendEmail(receiver.url, {
      from: 'sextant@fernwood.example',
      to: ['vp@fernwood.example', 'staff@fernwood.example'],
      subject: digestSubject(digest),
      text: renderDigestText(digest),
      html: renderDigestHtml(digest),
      attachments: [
        { filename: 'weekly-2026-W47.md', content: '# Weekly digest\n', contentType: 'text/markdown' },
      ],
    });
    expect(receiver.messages).toHaveLength(1);
    const [message] = receiver.messages;
    expect(message?.from).toBe('sextant@fernwood.example');
    expect(message?.to).toEqual(['vp@fernwood.example', 'staff@fernwood.example']);
    const raw = message?.raw ?? '';
    expect(raw).toMatch(/^Subject: Fernwood Market: Weekly digest, 2026-W47\r?$/m);
    expect(raw).toMatch(/^Content-Type: multipart\/mixed;/m);
    expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8\r?$/m);
    expect(raw).toMatch(/^Content-Type: text\/html; charset=utf-8\r?$/m);
    expect(raw).toMatch(/^Content-Disposition: attachment; filename=weekly-2026-W47\.md\r?$/m);
    // The plain-text part is quoted-printable only where it must be; the KPI line survives whole.
    const unfolded = raw.replace(/=\r?\n/g, '');
    expect(unfolded).toContain(
      '- Change failure rate: 22% (target under 10%, up from 15%; 2026-W47, owner VP of Engineering)',
    );
    expect(unfolded).toContain('&lt;since October&gt;');
  });

  it('reports an SMTP server it cannot reach with the connection error', async () => {
    const closed = await startMailReceiver();
    await closed.close();
    const error = await sendEmail(closed.url, {
      from: 'sextant@fernwood.example',
      to: ['vp@fernwood.example'],
      subject: 'x',
      text: 'x',
      html: '<p>x</p>',
    }).catch((caught) => caught);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as Error).message).toMatch(/^Sending the e-mail failed: .*ECONNREFUSED/);
  });
});
