import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode, FieldProblem } from '@muster/platform-core';

/** Flattens nested class-validator errors into `input.steps.0.title`-style field paths. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldProblems(e.children ?? [], field)];
  });
}

/** Half of a surrogate pair without its other half; with NUL, what PostgreSQL cannot store as given. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/** Paths (`steps.0.title`) of the strings in `value` (arguments: plain data) that PostgreSQL cannot store as given. */
export function unstorableTextFields(value: unknown, path = '', seen = new WeakSet<object>()): string[] {
  if (typeof value === 'string') return unstorable(value) ? [path] : [];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, v]) => unstorableTextFields(v, path ? `${path}.${key}` : key, seen));
}

/**
 * Refuses text PostgreSQL cannot store as given before its class-validator rules run: a
 * NUL character fails the write (a server error), and a lone surrogate (JSON allows
 * `"\ud800"`) would be stored as U+FFFD — not the text the audit event was hashed over,
 * so its chain would show a break nobody made.
 */
class MusterValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom decorators (@Parent, @CurrentPrincipal) carry our own objects, not input.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const fields = unstorableTextFields(value, typeof value === 'string' ? (metadata.data ?? 'value') : '');
    if (fields.length > 0) {
      const message = 'must be text without NUL characters or unpaired surrogates';
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `Invalid input: ${fields.join(', ')}`,
        fields.map((field) => ({ field, message })),
      );
    }
    return super.transform(value, metadata);
  }
}

/**
 * Validates every argument and input type with its class-validator rules before a
 * resolver runs, so bad input is refused before anything is written.
 */
export function createValidationPipe(): ValidationPipe {
  return new MusterValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => {
      const fields = fieldProblems(errors);
      const names = [...new Set(fields.map((f) => f.field))].join(', ');
      return new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid input: ${names}`, fields);
    },
  });
}
