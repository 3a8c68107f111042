import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { simulateReadableStream } from "ai";
import { MockLanguageModelV4 } from "ai/test";
import { createRegistry, type Registry } from "@/server/ai/registry";

const usage = {
  inputTokens: { total: 12, noCache: 12, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 7, text: 7, reasoning: 0 },
};

/**
 * A deterministic model: streams `answer` word by word (optionally slowly), or fails. Every call's
 * options are kept in `calls`, so tests can see the prompt the chat code built.
 */
export function mockModel(
  answer: string | ((call: LanguageModelV4CallOptions) => string),
  options: { fail?: boolean; hang?: boolean; chunkDelayMs?: number } = {},
) {
  const calls: LanguageModelV4CallOptions[] = [];
  const model = new MockLanguageModelV4({
    provider: "mock",
    modelId: "mock-1",
    doGenerate: async (call) => {
      calls.push(call);
      const text = typeof answer === "string" ? answer : answer(call);
      return {
        content: [{ type: "text", text }],
        finishReason: { unified: "stop", raw: "stop" },
        usage,
        warnings: [],
      };
    },
    doStream: async (call) => {
      calls.push(call);
      if (options.fail) throw new Error("upstream 500: model overloaded");
      if (options.hang) {
        // Never answers; only the chat code's timeout ends it.
        return { stream: new ReadableStream<LanguageModelV4StreamPart>({ start() {} }) };
      }
      const text = typeof answer === "string" ? answer : answer(call);
      const chunks: LanguageModelV4StreamPart[] = [
        { type: "stream-start", warnings: [] },
        { type: "text-start", id: "t" },
        ...text.split(/(?<= )/).map((delta) => ({ type: "text-delta" as const, id: "t", delta })),
        { type: "text-end", id: "t" },
        { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage },
      ];
      return {
        stream: simulateReadableStream({ chunks, chunkDelayInMs: options.chunkDelayMs ?? 0 }),
      };
    },
  });
  return { model, calls };
}

/** A registry whose "auto" is the given mock model (provider id "mock"). */
export function registryWith(model: MockLanguageModelV4): Registry {
  return createRegistry([{ id: "mock", name: "Mock", models: ["mock-1"], create: () => model }], 0);
}
