import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The framework files shipped in libs/assurance/frameworks (the demo imports them). */
export const SHIPPED_FRAMEWORKS = {
  cafDspt: 'caf-dspt-2025-26.json',
  eprrSample: 'eprr-core-standards-sample.json',
} as const;

/** The text of a shipped framework file. */
export function shippedFrameworkFile(file: (typeof SHIPPED_FRAMEWORKS)[keyof typeof SHIPPED_FRAMEWORKS]): string {
  return readFileSync(join(__dirname, '../../frameworks', file), 'utf8');
}
