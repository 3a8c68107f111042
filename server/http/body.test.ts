import { describe, expect, it } from "vitest";
import { AppError } from "@/server/platform/errors";
import { NextRequest } from "next/server";
import { JSON_BODY_LIMIT_BYTES, readBody } from "./body";
import { withBodyLimit } from "./body-limit";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readBody", () => {
  it("parses JSON and treats an empty body as {}", async () => {
    expect(await readBody(post('{"a":1}', { "content-type": "application/json" }), false)).toEqual({
      a: 1,
    });
    expect(await readBody(post(""), false)).toEqual({});
  });

  it("parses form bodies only where the operation accepts them", async () => {
    const form = post("username=ada&password=p%26w", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(await readBody(form, true)).toEqual({ username: "ada", password: "p&w" });
    const mislabelled = post('{"a":1}', { "content-type": "application/x-www-form-urlencoded" });
    expect(await readBody(mislabelled, false)).toEqual({ a: 1 });
  });

  it("answers broken JSON with a validation error", async () => {
    const error = await errorOf(
      readBody(post("{broken", { "content-type": "application/json" }), false),
    );
    expect(error.code).toBe("validation_error");
    expect(error.details.issues).toEqual([expect.objectContaining({ path: "" })]);
  });

  it("refuses a body over the limit, declared or streamed", async () => {
    const big = "a".repeat(JSON_BODY_LIMIT_BYTES + 1);
    expect((await errorOf(readBody(post(big), false))).code).toBe("payload_too_large");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new Uint8Array(JSON_BODY_LIMIT_BYTES / 2));
        controller.close();
      },
    });
    expect((await errorOf(readBody(post(stream), false))).code).toBe("payload_too_large");
  });
});

describe("withBodyLimit", () => {
  const echo = withBodyLimit(10, async (request: Request) => new Response(await request.text()));

  it("passes bodies within the limit on, intact", async () => {
    const response = await echo(
      new NextRequest("http://x/api/trpc/a", { method: "POST", body: "0123456789" }),
    );
    expect(await response.text()).toBe("0123456789");
  });

  it("answers 413 in the envelope for a larger body, declared or streamed", async () => {
    const declared = await echo(
      new NextRequest("http://x/api/trpc/a", { method: "POST", body: "01234567890" }),
    );
    expect(declared.status).toBe(413);
    expect((await declared.json()).detail.error).toBe("payload_too_large");
    expect(declared.headers.get("x-request-id")).toBeTruthy();
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode("0123"));
        controller.close();
      },
    });
    const streamed = await echo(new NextRequest(post(stream)));
    expect(streamed.status).toBe(413);
  });
});
