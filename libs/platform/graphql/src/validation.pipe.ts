import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode, FieldProblem } from '@muster/platform-core';

/** Flattens nested class-validator errors into `input.steps.0.title`-style field paths. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldProblems(e.children ?? [], field)];
  });
}

/**
 * Validates every argument and input type with its class-validator rules before a
 * resolver runs, so bad input is refused before anything is written.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
