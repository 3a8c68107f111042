import { htmlBlocks } from "./html";
import { markdownBlocks, textBlocks } from "./text";
import { ExtractionError, type Block } from "./types";

export { ExtractionError, type Block } from "./types";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The formats the knowledge base reads: content type, the extensions that imply it. */
export const ACCEPTED_TYPES = {
  "text/plain": [".txt", ".text"],
  "text/markdown": [".md", ".markdown"],
  "text/html": [".html", ".htm"],
  "application/pdf": [".pdf"],
  [DOCX]: [".docx"],
} as const;

export type AcceptedType = keyof typeof ACCEPTED_TYPES;

/**
 * The format of an upload: by file extension first (browsers label Markdown inconsistently),
 * then by the declared content type. Null when it is none we read.
 */
export function detectType(filename: string, declared: string | null): AcceptedType | null {
  const lower = filename.toLowerCase();
  for (const [type, extensions] of Object.entries(ACCEPTED_TYPES))
    if (extensions.some((e) => lower.endsWith(e))) return type as AcceptedType;
  const base = (declared ?? "").split(";")[0]!.trim().toLowerCase();
  if (base === "text/x-markdown") return "text/markdown";
  return base in ACCEPTED_TYPES ? (base as AcceptedType) : null;
}

export function decodeText(data: Uint8Array): string {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(data);
  if (text.includes("\u0000"))
    throw new ExtractionError("This file is not text (it contains binary data).");
  return text.replace(/^\uFEFF/, "");
}

/** The document's text as located paragraphs; ExtractionError when there is nothing to index. */
export async function extractBlocks(data: Uint8Array, type: AcceptedType): Promise<Block[]> {
  let blocks: Block[];
  // The PDF and Word readers load on their first document: mammoth and its zip and XML
  // libraries are ≈1 MB of source, copied into each route bundle that reaches the job worker,
  // and kept by V8 for the life of the process (unpdf loads pdf.js on first use itself).
  if (type === "application/pdf") blocks = await (await import("./pdf")).pdfBlocks(data);
  else if (type === DOCX) blocks = await (await import("./docx")).docxBlocks(data);
  else if (type === "text/html") blocks = htmlBlocks(decodeText(data));
  else if (type === "text/markdown") blocks = markdownBlocks(decodeText(data));
  else blocks = textBlocks(decodeText(data));
  if (!blocks.some((b) => /[\p{L}\p{N}]/u.test(b.text)))
    throw new ExtractionError("This document is empty: it has no text to search.");
  return blocks;
}
