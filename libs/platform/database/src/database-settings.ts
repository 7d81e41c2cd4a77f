import { AppConfig } from '@muster/platform-config';

export type DatabaseSettings = AppConfig['database'];

/** The URL the app connects to, once the database (external or embedded) is running. */
export const DATABASE_URL = Symbol('DATABASE_URL');
