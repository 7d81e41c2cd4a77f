import { startNotifyStub } from '@muster/testing';

// A local GOV.UK Notify stub for development: `npm run notify:stub`, then start Muster with
// the variables it prints. It checks the client's token as Notify does, accepts every valid
// text and prints its number and message; nothing leaves the machine. NOTIFY_STUB_PORT
// picks the port (default 6011).
async function main(): Promise<void> {
  const stub = await startNotifyStub(Number(process.env.NOTIFY_STUB_PORT ?? 6011));
  stub.onSms = (sms) =>
    process.stdout.write(
      `\n── SMS to ${sms.phoneNumber} · ${sms.reference ?? ''}\n${String(sms.personalisation.message)}\n`,
    );
  const env = Object.entries(stub.env)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  process.stdout.write(
    `GOV.UK Notify stub listening on 127.0.0.1:${stub.port}. Start Muster with:\n  ${env} npm start\n`,
  );
  const stop = () => void stub.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
