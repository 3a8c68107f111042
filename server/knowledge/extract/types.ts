/** A paragraph of extracted text, with where it sits: its page (PDF) or its heading path. */
export type Block = { text: string; heading: string | null; page: number | null };

/**
 * A document that cannot be indexed for a reason its owner can act on (a scan without text, a
 * password). Ingestion records the message and stops: retrying the same file would not help.
 */
export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractionError";
  }
}
