// What the test harness and tools may use of the app: building it, not running it.
export * from './app.module';
export * from './create-app';
export * from './seed/seed-on-start';
