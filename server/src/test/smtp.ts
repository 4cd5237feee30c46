import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type Received = { envelopeTo: string[]; user: string | null; mail: ParsedMail };

export type TestSmtp = {
  port: number;
  received: Received[];
  /** How the next messages are answered: accept, a temporary (451) or a permanent (550) rejection. */
  mode: 'accept' | 'temporary' | 'permanent';
  /** Milliseconds to wait before answering each message (to overlap two senders). */
  delayMs: number;
  close(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 (random port) for tests: plain (no STARTTLS), with AUTH PLAIN/LOGIN
 * checked against `user`/`password`, keeping every message it accepts, parsed.
 */
export async function startTestSmtp(user = 'tandem', password = 'mật-khẩu SMTP'): Promise<TestSmtp> {
  const state: TestSmtp = { port: 0, received: [], mode: 'accept', delayMs: 0, close: async () => undefined };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        setTimeout(() => {
          if (state.mode !== 'accept') {
            const error = new Error(state.mode === 'temporary' ? 'Mailbox busy, try later' : 'Mailbox does not exist') as Error & { responseCode: number };
            error.responseCode = state.mode === 'temporary' ? 451 : 550;
            return callback(error);
          }
          simpleParser(Buffer.concat(chunks))
            .then((mail) => {
              state.received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), user: (session.user as string | undefined) ?? null, mail });
              callback();
            })
            .catch(callback);
        }, state.delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.server.address() as AddressInfo).port;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
