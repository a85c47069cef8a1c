import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpOptions {
  /** A reason to refuse the next mail (answered 451, a temporary failure), or null to take it. */
  refuse?: () => string | null;
  /** Awaited after a mail's data has arrived and before it is accepted (to hold a sender mid-send). */
  beforeAccept?: (raw: string) => Promise<void>;
}

/**
 * A real SMTP server on a free local port that keeps what it accepts (`received`); `offered` counts
 * every mail whose data arrived, accepted or not.
 */
export async function startSmtp(options: SmtpOptions = {}) {
  const received: ReceivedMail[] = [];
  const offered: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', async () => {
        offered.push(raw);
        const refusal = options.refuse?.();
        if (refusal) return done(Object.assign(new Error(refusal), { responseCode: 451 }));
        await options.beforeAccept?.(raw);
        received.push({
          from: session.envelope.mailFrom ? (session.envelope.mailFrom as { address: string }).address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    offered,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Quoted-printable soft breaks and escapes undone, enough to read links in a plain-text mail. */
export function decodeQuotedPrintable(raw: string) {
  // Runs of escaped bytes are decoded together, so UTF-8 letters such as å, ä and ö come out whole.
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'));
}
