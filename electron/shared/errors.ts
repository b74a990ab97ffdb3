import { z } from 'zod';

/** The closed list of error codes that cross the contract. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'NOT_SIGNED_IN',
  'FORBIDDEN',
  'WRONG_PIN',
  'NOT_FOUND',
  'CONFLICT',
  'CONTENT_INVALID',
  'IMPORT_REJECTED',
  'DB_CORRUPT',
  'DB_FROM_FUTURE',
  'INTERNAL',
  /** A classroom hub on the room's network did not answer. */
  'UNREACHABLE',
  /** Too many wrong join codes or tokens from one address: wait, then try again. */
  'TOO_MANY_ATTEMPTS',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorShape = z.strictObject({
  code: errorCodeSchema,
  /** English, for logs and English UI. */
  message: z.string(),
  /** Thai, for Thai UI. */
  messageTh: z.string(),
  /** Field paths that failed validation, when the error is about input. */
  fields: z.array(z.string()).optional(),
});
export type AppErrorShape = z.infer<typeof appErrorShape>;

/** An expected failure: shown to the user in their language, never logged as a bug. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageTh: string;
  readonly fields: string[] | undefined;

  constructor(code: ErrorCode, message: string, messageTh: string, fields?: string[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.messageTh = messageTh;
    this.fields = fields;
  }

  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      messageTh: this.messageTh,
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}

export function isAppErrorShape(value: unknown): value is AppErrorShape {
  return appErrorShape.safeParse(value).success;
}
