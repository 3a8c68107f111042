import fc from "fast-check";
import type { z } from "zod";
import { contentType, objectFor, oddString } from "./values";

// Multipart/form-data bodies for upload operations: the declared fields as text parts, a file
// part (odd names, types and contents), and broken framing. A multipart endpoint only ever saw
// JSON before, so the fuzzer stopped at "must be multipart/form-data" and never reached its code.

const BOUNDARY = "fuzzBoundary7MA4YWxkTrZu0gW";

const fileName = fc.oneof(
  fc.constantFrom("notes.txt", "a.md", "page.html", "paper.pdf", "essay.docx", "x.exe", "noext"),
  oddString.map((s) => s.slice(0, 300).replace(/["\r\n]/g, "")),
  fc.constantFrom("../../etc/passwd", "a\u0000.txt", ".txt", "😀.md", "x".repeat(400) + ".txt"),
);
const fileType = fc.oneof(
  fc.constantFrom(
    "text/plain",
    "text/markdown",
    "text/html",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/octet-stream",
    "image/png",
    "",
  ),
  oddString.map((s) => s.slice(0, 80).replace(/[\r\n]/g, "")),
);
const fileContent = fc.oneof(
  oddString,
  fc.constantFrom(
    "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF",
    "%PDF-",
    "PK\u0003\u0004not a zip",
    "<html><body><h1>T</h1><p>text</p></body></html>",
    "# Title\n\nSome *Markdown*.",
    "",
  ),
);

type Part = { name: string; value: string; file?: { name: string; type: string } };

function encode(parts: Part[]): string {
  const lines = parts.flatMap((p) => [
    `--${BOUNDARY}`,
    p.file
      ? `Content-Disposition: form-data; name="${p.name}"; filename="${p.file.name}"`
      : `Content-Disposition: form-data; name="${p.name}"`,
    ...(p.file && p.file.type ? [`Content-Type: ${p.file.type}`] : []),
    "",
    p.value,
  ]);
  return [...lines, `--${BOUNDARY}--`, ""].join("\r\n");
}

/** A multipart body (and its content type) shaped after the operation's fields. */
export function multipartFor(
  schema: z.ZodObject | undefined,
): fc.Arbitrary<{ body: string | undefined; type: string | null }> {
  const fields = objectFor(schema).map((o) =>
    Object.entries(o).map(([name, v]): Part => ({
      name: name.replace(/["\r\n]/g, ""),
      value: typeof v === "string" ? v : JSON.stringify(v),
    })),
  );
  const file = fc
    .record({
      name: fileName,
      type: fileType,
      value: fileContent,
      field: fc.constantFrom("file", "file", "upload"),
    })
    .map(({ name, type, value, field }): Part => ({ name: field, value, file: { name, type } }));
  const form = fc
    .tuple(fields, fc.option(file, { freq: 6 }), fc.boolean())
    .map(([parts, f, twice]) => encode([...(f ? [f, ...(twice ? [f] : [])] : []), ...parts]));
  // Mostly well-formed uploads too, so the fuzzer gets past validation into the verb.
  const upload = fc
    .tuple(
      fc.constantFrom("notes.txt", "a.md", "page.html", "paper.pdf", "essay.docx"),
      fileContent,
      fc.option(oddString.map((t) => t.slice(0, 400).replace(/\r/g, ""))),
    )
    .map(([name, value, title]) =>
      encode([
        { name: "file", value, file: { name, type: "" } },
        ...(title === null ? [] : [{ name: "title", value: title }]),
      ]),
    );
  const header = `multipart/form-data; boundary=${BOUNDARY}`;
  return fc.oneof(
    { weight: 4, arbitrary: upload.map((body) => ({ body, type: header })) },
    { weight: 6, arbitrary: form.map((body) => ({ body, type: header })) },
    // Broken framing: cut short, another boundary, no boundary, or a JSON content type.
    {
      weight: 1,
      arbitrary: fc
        .tuple(form, fc.nat(400))
        .map(([body, n]) => ({ body: body.slice(0, n), type: header })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(form, fc.constantFrom("multipart/form-data; boundary=other", "multipart/form-data"))
        .map(([body, type]) => ({ body, type })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(form, fc.option(contentType)).map(([body, type]) => ({ body, type })),
    },
    { weight: 1, arbitrary: fc.constant({ body: undefined, type: header }) },
  );
}
