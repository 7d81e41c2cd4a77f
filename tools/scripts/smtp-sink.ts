import { startMailSink } from '@muster/testing';

// A local SMTP sink for development: `npm run smtp:sink`, then start Muster with the
// variables it prints. It accepts every message and prints who it is for, its subject and
// its text; nothing leaves the machine. SMTP_SINK_PORT picks the port (default 2525).
async function main(): Promise<void> {
  const sink = await startMailSink(Number(process.env.SMTP_SINK_PORT ?? 2525));
  sink.onMail = (mail) =>
    process.stdout.write(`\n── to ${mail.to} · ${mail.messageId}\n${mail.subject}\n${mail.text.trim()}\n`);
  process.stdout.write(
    `SMTP sink listening on 127.0.0.1:${sink.port}. Start Muster with:\n` +
      `  SMTP_HOST=127.0.0.1 SMTP_PORT=${sink.port} SMTP_REQUIRE_TLS=false MAIL_FROM=muster@muster.test npm start\n`,
  );
  const stop = () => void sink.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
