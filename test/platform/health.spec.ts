import { Lifecycle } from '@muster/platform-database';
import { startTestApp, TestApp } from '@muster/testing';

describe('health endpoints', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers liveness without credentials', async () => {
    const res = await fetch(`${t.baseUrl}/health/live`);
    expect(res.status).toBe(200);
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const res = await fetch(`${t.baseUrl}/health/ready`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { details: Record<string, { status: string }> };
    expect(body.details.database.status).toBe('up');
    expect(body.details.migrations.status).toBe('up');
  });

  it('stops being ready as soon as shutdown begins, while still serving requests', async () => {
    t.app.get(Lifecycle).beginShutdown();
    expect((await fetch(`${t.baseUrl}/health/ready`)).status).toBe(503);
    expect((await fetch(`${t.baseUrl}/health/live`)).status).toBe(200);
    const data = await t.gql.ok<{ __typename: string }>('{ __typename }');
    expect(data.__typename).toBe('Query');
  });
});
