import { describe, expect, it } from "vitest";
import { docxFile, passwordPdf, scannedPdf, textPdf } from "@/tests/knowledge/fixtures";
import { detectType, extractBlocks, ExtractionError } from "./index";
import { markdownTitle } from "./text";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("extraction", () => {
  it("reads plain text in paragraphs", async () => {
    const blocks = await extractBlocks(
      utf8("First line\nsame paragraph.\n\nSecond one."),
      "text/plain",
    );
    expect(blocks.map((b) => b.text)).toEqual(["First line same paragraph.", "Second one."]);
  });

  it("gives Markdown paragraphs their heading path, ignoring # in code", async () => {
    const md =
      "# Guide\n\nIntro **text**.\n\n## Install\n\nRun [npm](http://x) ci.\n\n```\n# not a heading\n```\n";
    const blocks = await extractBlocks(utf8(md), "text/markdown");
    expect(blocks[0]).toMatchObject({ text: "Intro text.", heading: "Guide" });
    expect(blocks[1]).toMatchObject({ text: "Run npm ci.", heading: "Guide › Install" });
    expect(blocks[2]?.text).toContain("# not a heading");
  });

  it("reads HTML by heading and drops scripts and styles", async () => {
    const html =
      "<html><head><style>p{}</style></head><body><h1>Wings</h1><p>Lift &amp; drag.</p>" +
      "<script>alert(1)</script><h2>Flaps</h2><p>They extend.</p></body></html>";
    const blocks = await extractBlocks(utf8(html), "text/html");
    expect(blocks).toEqual([
      { text: "Lift & drag.", heading: "Wings", page: null },
      { text: "They extend.", heading: "Wings › Flaps", page: null },
    ]);
  });

  it("reads a PDF's text page by page", async () => {
    const pdf = await textPdf(["The boundary layer separates.", "Shock waves form at Mach one."]);
    const blocks = await extractBlocks(pdf, "application/pdf");
    expect(blocks.find((b) => b.text.includes("Shock waves"))?.page).toBe(2);
    expect(blocks.find((b) => b.text.includes("boundary layer"))?.page).toBe(1);
  });

  it("refuses a PDF without a text layer, saying it is a scan", async () => {
    await expect(extractBlocks(await scannedPdf(), "application/pdf")).rejects.toThrow(
      /no text layer \(2 pages/,
    );
  });

  it("refuses a password-protected PDF, saying so", async () => {
    const error = await extractBlocks(await passwordPdf(), "application/pdf").catch((e) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error.message).toMatch(/password/);
  });

  it("refuses a damaged PDF and an empty text file", async () => {
    await expect(extractBlocks(utf8("%PDF-1.4 garbage"), "application/pdf")).rejects.toThrow(
      /damaged/,
    );
    await expect(extractBlocks(utf8("  \n\n "), "text/plain")).rejects.toThrow(/empty/);
  });

  it("reads a Word document with its headings", async () => {
    const docx = await docxFile([
      { heading: "Stability", paragraphs: ["Static margin matters.", "Trim drag too."] },
    ]);
    const blocks = await extractBlocks(docx, detectType("notes.docx", null)!);
    expect(blocks).toContainEqual({
      text: "Static margin matters.",
      heading: "Stability",
      page: null,
    });
  });

  it("knows formats by extension, then by content type", () => {
    expect(detectType("a.MD", "text/plain")).toBe("text/markdown");
    expect(detectType("blob", "text/html; charset=utf-8")).toBe("text/html");
    expect(detectType("photo.png", "image/png")).toBeNull();
  });
});

describe("Markdown titles", () => {
  it("takes the first heading, outside front matter and code", () => {
    expect(markdownTitle("Intro line.\n\n# The **Real** Title #\n\n## Later")).toBe(
      "The Real Title",
    );
    expect(markdownTitle("---\ntitle: x\n---\n```\n# code\n```\nSetext title\n===\n")).toBe(
      "Setext title",
    );
    expect(markdownTitle("- a list item\n---\n")).toBeNull();
    expect(markdownTitle("No heading at all.")).toBeNull();
  });
});
