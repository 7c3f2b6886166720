/**
 * The one error the extractor throws, for input that is not an article at all (text that is not a
 * string). Text that is merely unusable — empty, binary, not English — gives an empty bundle with
 * warnings instead, so a batch goes on.
 */
export type ExtractionErrorCode = 'INVALID_INPUT';

export class ExtractionError extends Error {
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}
