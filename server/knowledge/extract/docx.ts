import mammoth from "mammoth";
import { htmlBlocks } from "./html";
import { ExtractionError, type Block } from "./types";

/** A Word document through its HTML form, so its headings become the blocks' headings. */
export async function docxBlocks(data: Uint8Array): Promise<Block[]> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(data) })).value;
  } catch {
    throw new ExtractionError(
      "This file could not be read as a Word document (.docx); it may be damaged or password-protected.",
    );
  }
  return htmlBlocks(html);
}
