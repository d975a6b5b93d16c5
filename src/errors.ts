// Errors with stable codes (DESIGN.md "Bad input"): every failure a user can see carries one,
// with a message that says what to do, and survives structured cloning across workers.

export const ERROR_CODES = [
  'E_INPUT_NOT_FOUND',
  'E_INPUT_UNSUPPORTED',
  'E_INPUT_CORRUPT',
  'E_PDF_ENCRYPTED',
  'E_INPUT_TOO_LARGE',
  'E_OCR_FAILED',
  'E_OCR_TIMEOUT',
  'E_OUTPUT_WRITE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes that describe the input itself: retrying cannot help. */
const INPUT_CODES: ReadonlySet<ErrorCode> = new Set([
  'E_INPUT_NOT_FOUND',
  'E_INPUT_UNSUPPORTED',
  'E_INPUT_CORRUPT',
  'E_PDF_ENCRYPTED',
  'E_INPUT_TOO_LARGE',
]);

export class HosoError extends Error {
  override readonly name = 'HosoError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** True when the same input would fail the same way again. */
  get isInputError(): boolean {
    return INPUT_CODES.has(this.code);
  }

  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Said after the message of an error no code describes: what the user can still do. */
const UNEXPECTED_ADVICE = 'an unexpected error: if a rerun fails the same way, report it with the file';

/**
 * A HosoError as-is; anything else wrapped under `fallback` with its message kept, and, for an
 * error no check of hoso raised ("Maximum call stack size exceeded"), what to do about it.
 */
export function toHosoError(error: unknown, fallback: ErrorCode): HosoError {
  if (error instanceof HosoError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (isErrorCode(code)) return new HosoError(code, message, { cause: error });
  return new HosoError(fallback, `${message} (${UNEXPECTED_ADVICE})`, { cause: error });
}
