import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { PDFDocument, PDFName, PDFHexString, StandardFonts, rgb } from "pdf-lib";

/** A PDF with a text layer: one paragraph per page. */
export async function textPdf(pages: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = pdf.addPage([595, 842]);
    let y = 800;
    for (const line of text.match(/.{1,80}(\s|$)/g) ?? []) {
      page.drawText(line.trim(), { x: 40, y, size: 11, font });
      y -= 16;
    }
  }
  return pdf.save();
}

/** What a scanner makes: pages with pictures (here shapes) and no text at all. */
export async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 2; i++) {
    const page = pdf.addPage([595, 842]);
    page.drawRectangle({ x: 40, y: 400, width: 500, height: 300, color: rgb(0.6, 0.6, 0.6) });
  }
  return pdf.save();
}

/**
 * A PDF encrypted with the standard handler whose user password is not empty: its /U entry does
 * not match the empty password, so a reader must ask for one.
 */
export async function passwordPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  const hex = (n: number, seed: number) =>
    PDFHexString.of(
      Array.from({ length: n }, (_, i) =>
        ((i * 37 + seed) % 256).toString(16).padStart(2, "0"),
      ).join(""),
    );
  const encrypt = pdf.context.obj({
    Filter: PDFName.of("Standard"),
    V: 1,
    R: 2,
    O: hex(32, 11),
    U: hex(32, 99),
    P: -4,
  });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([hex(16, 5), hex(16, 5)]);
  return pdf.save({ useObjectStreams: false });
}

/** A Word document with a heading and paragraphs under it. */
export async function docxFile(sections: { heading: string; paragraphs: string[] }[]) {
  const doc = new Document({
    sections: [
      {
        children: sections.flatMap((s) => [
          new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 }),
          ...s.paragraphs.map((p) => new Paragraph({ text: p })),
        ]),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
