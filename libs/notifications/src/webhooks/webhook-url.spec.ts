import { hostAllowed, maskWebhookUrl, webhookUrlProblem } from './webhook-url';

const TEAMS = ['*.webhook.office.com', '*.logic.azure.com'];

describe('webhook URLs', () => {
  it('takes a Teams incoming webhook and a Power Automate workflow URL', () => {
    expect(
      webhookUrlProblem('https://nhs.webhook.office.com/webhookb2/abc@def/IncomingWebhook/123/456', TEAMS, true),
    ).toBeNull();
    expect(
      webhookUrlProblem(
        'https://prod-12.uksouth.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=xyz',
        TEAMS,
        true,
      ),
    ).toBeNull();
  });

  it.each([
    ['not a url', 'is not a URL'],
    ['http://nhs.webhook.office.com/x/y', 'must be https'],
    ['ftp://nhs.webhook.office.com/x', 'must be https'],
    ['https://user:pw@nhs.webhook.office.com/x', 'must not carry a user name or password'],
    ['https://169.254.169.254/latest/meta-data', 'must be on an allowed host'],
    ['https://webhook.office.com.attacker.example/x', 'must be on an allowed host'],
    ['https://evilwebhook.office.com/x', 'must be on an allowed host'],
  ])('refuses %s (%s)', (url, problem) => {
    expect(webhookUrlProblem(url, TEAMS, true)).toContain(problem);
  });

  it('allows http only where https is not required (development and tests), and an exact host', () => {
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook', ['127.0.0.1'], false)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook', ['127.0.0.1'], true)).toBe('must be https');
    expect(hostAllowed('webhook.office.com', TEAMS)).toBe(false);
  });

  it('never shows the token of a URL', () => {
    const url = 'https://nhs.webhook.office.com/webhookb2/secret-token-value/IncomingWebhook/abcd1234';
    expect(maskWebhookUrl(url)).toBe('https://nhs.webhook.office.com/…1234');
  });
});
