import { AppError } from "@/server/platform/errors";

export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

const tooLarge = (limit: number) =>
  new AppError("payload_too_large", `The request body is larger than ${limit} bytes`, {
    details: { limit_bytes: limit },
  });

/** Reads the body as text, refusing more than `limit` bytes without buffering the excess. */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

/** The body's bytes, refusing more than `limit` (declared or streamed) without buffering it. */
export async function readBodyBytes(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A multipart/form-data body as a plain object: files as File, other fields as strings. The
 * whole body is bounded by `limit` (a file plus its few fields), checked as it streams in.
 */
export async function readMultipart(
  request: Request,
  limit: number,
): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type))
    throw AppError.validation(
      [{ path: "", message: "Send the body as multipart/form-data" }],
      "The request body must be multipart/form-data",
    );
  const bytes = await readBodyBytes(request, limit);
  let form: FormData;
  try {
    form = await new Response(new Blob([bytes]), {
      headers: { "content-type": type },
    }).formData();
  } catch {
    throw AppError.validation(
      [{ path: "", message: "The multipart body could not be read" }],
      "The request body is not valid multipart/form-data",
    );
  }
  const fields: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) if (!(name in fields)) fields[name] = value;
  return fields;
}

/**
 * The body as a plain object. JSON unless the operation accepts forms and the body is labelled
 * form-urlencoded; an empty body is `{}` so missing fields are reported field by field.
 */
export async function readBody(request: Request, acceptsForm: boolean): Promise<unknown> {
  return parseBody(request, await readBodyText(request, JSON_BODY_LIMIT_BYTES), acceptsForm);
}

export function parseBody(request: Request, text: string, acceptsForm: boolean): unknown {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (acceptsForm && type === "application/x-www-form-urlencoded") {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unparseable";
    throw AppError.validation(
      [{ path: "", message: `The body is not valid JSON (${reason})` }],
      "The request body is not valid JSON",
    );
  }
}
