import { Transform } from 'class-transformer';

/**
 * Trims a text field of an input before its rules are checked, so a title of spaces is
 * refused rather than stored empty (and, with `lowerCase`, an email is matched as stored).
 * The one place input is trimmed: services receive it clean.
 */
export const Trim = (options: { lowerCase?: boolean } = {}): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return options.lowerCase ? trimmed.toLowerCase() : trimmed;
  });
