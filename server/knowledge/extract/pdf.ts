import { extractText, getDocumentProxy } from "unpdf";
import { textBlocks } from "./text";
import { ExtractionError, type Block } from "./types";

/** Paragraphs of each page's text layer, numbered by page. */
export async function pdfBlocks(data: Uint8Array): Promise<Block[]> {
  let pages: string[];
  try {
    // A copy: pdf.js takes ownership of (detaches) the buffer it is given.
    const pdf = await getDocumentProxy(new Uint8Array(data), { verbosity: 0 });
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException")
      throw new ExtractionError(
        "This PDF is protected by a password. Remove the password and upload it again.",
      );
    throw new ExtractionError(
      "This file could not be read as a PDF; it may be damaged. Export it again and re-upload.",
    );
  }
  const blocks = pages.flatMap((text, i) =>
    textBlocks(text.replace(/\n(?!\s*\n)/g, " \n"), null, i + 1),
  );
  if (blocks.every((b) => !/[\p{L}\p{N}]/u.test(b.text)))
    throw new ExtractionError(
      `This PDF has no text layer (${pages.length} page${pages.length === 1 ? "" : "s"} of ` +
        "images, as from a scanner). Run it through OCR and upload the result.",
    );
  return blocks;
}
