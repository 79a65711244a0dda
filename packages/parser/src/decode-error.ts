/** Why bytes cannot be linted as a report. */
export type DecodeFailure = 'empty' | 'binary' | 'encoding' | 'too-large' | 'word-format' | 'corrupt';

/** Bytes that cannot be linted as a report; `reason` lets fronts word their own message. */
export class DecodeError extends Error {
  constructor(
    readonly reason: DecodeFailure,
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}
