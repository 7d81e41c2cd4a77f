import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message the sink accepted, with the headers the tests read. */
export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  headers: Record<string, string>;
  text: string;
}

/**
 * Decides whether to refuse a message: an SMTP reply code, or null to accept. `attempt`
 * counts the messages to the same address (1, 2, …), so a test can fail the messages of
 * its own recipients whatever else arrives. `'hold'` never answers the message (a sender
 * stuck mid-send, as the cluster test kills one there); held messages are not received.
 */
export type SinkBehaviour = (mail: ReceivedMail, attempt: number) => number | null | 'hold';

export interface MailSink {
  /** Called with each message it accepts (the by-hand sink prints them). */
  onMail?: (mail: ReceivedMail) => void;
  port: number;
  received: ReceivedMail[];
  /** Messages offered to each address, accepted or not. */
  attempts: Map<string, number>;
  behave(behaviour: SinkBehaviour): void;
  /** The environment that points Muster at this sink. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A local SMTP server (smtp-server) that keeps what it accepts in memory, and can refuse
 * with any reply code: Muster's email goes to it exactly as it would go to NHSmail.
 * No STARTTLS, no AUTH: a sink on the loopback.
 */
export async function startMailSink(port = 0): Promise<MailSink> {
  let behaviour: SinkBehaviour = () => null;
  const sink: Omit<MailSink, 'port' | 'env' | 'close'> = {
    received: [],
    attempts: new Map(),
    behave: (b) => (behaviour = b),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = parseMail(Buffer.concat(chunks).toString('utf8'));
        const attempt = (sink.attempts.get(mail.to) ?? 0) + 1;
        sink.attempts.set(mail.to, attempt);
        const refuse = behaviour(mail, attempt);
        if (refuse === 'hold') return;
        if (refuse !== null)
          return callback(Object.assign(new Error(`refused by the test sink (${refuse})`), { responseCode: refuse }));
        sink.received.push(mail);
        (sink as MailSink).onMail?.(mail);
        callback();
      });
    },
  });
  // A sender that goes away mid-message (the cluster test kills one) resets its connection: not the sink's failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const listening = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, {
    port: listening,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(listening),
      SMTP_REQUIRE_TLS: 'false',
      MAIL_FROM: 'muster@test.muster.nhs.uk',
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

function parseMail(raw: string): ReceivedMail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const body = rest.join('\n\n');
  const text = /quoted-printable/i.test(headers['content-transfer-encoding'] ?? '') ? quotedPrintable(body) : body;
  return { messageId: headers['message-id'], to: headers.to, subject: headers.subject, headers, text };
}

/** The text of a quoted-printable body (RFC 2045): soft line breaks joined, `=XX` bytes decoded. */
function quotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`), as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}
