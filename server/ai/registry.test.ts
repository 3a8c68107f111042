import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { generateText } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/server/platform/env";
import { registryFromEnv } from "./registry";

/** A local OpenAI-compatible server that answers every chat completion with one sentence. */
const requests: Array<{ url?: string; body: { model: string } }> = [];
const server = createServer((req, res) => {
  void readJson(req).then((body) => {
    requests.push({ url: req.url, body: body as { model: string } });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "c1",
        object: "chat.completion",
        created: 0,
        model: (body as { model: string }).model,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: "Hello from the local model." },
            finish_reason: "stop",
          },
        ],
        usage: { prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 },
      }),
    );
  });
});

async function readJson(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString()) as unknown;
}

beforeAll(() => new Promise<void>((r) => server.listen(0, "127.0.0.1", r)));
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("the provider registry", () => {
  it("answers through a configured provider whose SDK loads on the model's first call", async () => {
    const { port } = server.address() as AddressInfo;
    const registry = registryFromEnv(
      parseEnv({
        AUTH_SECRET: "registry-test-secret-at-least-32-characters",
        OPENAI_COMPATIBLE_BASE_URL: `http://127.0.0.1:${port}/v1`,
        OPENAI_COMPATIBLE_MODELS: "local-a,local-b",
      }),
    );
    expect(registry.list().default_provider).toBe("openai-compatible");
    const resolved = registry.resolve("auto", "local-b");
    expect(resolved).toMatchObject({ provider: "openai-compatible", model: "local-b" });
    expect(resolved.languageModel.provider).toBe("openai-compatible");
    expect(resolved.languageModel.modelId).toBe("local-b");

    const { text } = await generateText({ model: resolved.languageModel, prompt: "Hi" });
    expect(text).toBe("Hello from the local model.");
    expect(requests.at(-1)).toMatchObject({
      url: "/v1/chat/completions",
      body: { model: "local-b" },
    });
  });
});
