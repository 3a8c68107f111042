import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4Prompt,
  LanguageModelV4StreamPart,
} from "@ai-sdk/provider";
import { composeOfflineAnswer, type Passage } from "./offline-answer";
import { checkWriting, textToCheck } from "./writing-check";

export const OFFLINE_PROVIDER_ID = "offline";
export const OFFLINE_MODEL_ID = "xentree-tutor";

export type { Passage } from "./offline-answer";
export { composeOfflineAnswer } from "./offline-answer";

/** What the chat verb hands the tutor through `providerOptions.xentree`. */
export type TutorOptions = { passages?: Passage[]; searchedKnowledge?: boolean };

function lastUserText(prompt: LanguageModelV4Prompt): string {
  for (let i = prompt.length - 1; i >= 0; i--) {
    const message = prompt[i]!;
    if (message.role === "user") {
      return message.content
        .map((part) => (part.type === "text" ? part.text : ""))
        .join(" ")
        .trim();
    }
  }
  return "";
}

const words = (text: string) => text.split(/(?<=\s)/);
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

function usageOf(prompt: LanguageModelV4Prompt, answer: string) {
  // Whitespace-separated words stand in for tokens: there is no tokenizer here.
  const input = JSON.stringify(prompt).split(/\s+/).length;
  const output = answer.split(/\s+/).filter(Boolean).length;
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}

/**
 * The built-in tutor as a real AI SDK language model: generate and stream, like any provider, so
 * the chat code has one path whether or not a model is connected.
 */
export class OfflineTutorModel implements LanguageModelV4 {
  readonly specificationVersion = "v4";
  readonly provider = OFFLINE_PROVIDER_ID;
  readonly modelId = OFFLINE_MODEL_ID;
  readonly supportedUrls = {};

  constructor(private readonly wordsPerSecond: number) {}

  private async answer(options: LanguageModelV4CallOptions): Promise<string> {
    const tutor = (options.providerOptions?.xentree ?? {}) as TutorOptions;
    const question = lastUserText(options.prompt);
    const text = textToCheck(question);
    return composeOfflineAnswer(
      question,
      tutor.passages ?? [],
      tutor.searchedKnowledge ?? false,
      text ? await checkWriting(text) : null,
    );
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const text = await this.answer(options);
    return {
      content: [{ type: "text", text }],
      finishReason: { unified: "stop", raw: "stop" },
      usage: usageOf(options.prompt, text),
      warnings: [],
    } as LanguageModelV4GenerateResult;
  }

  async doStream(options: LanguageModelV4CallOptions) {
    const text = await this.answer(options);
    const delay = this.wordsPerSecond > 0 ? 1000 / this.wordsPerSecond : 0;
    const signal = options.abortSignal;
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      async start(controller) {
        controller.enqueue({ type: "stream-start", warnings: [] });
        controller.enqueue({ type: "text-start", id: "0" });
        for (const word of words(text)) {
          if (signal?.aborted) break;
          controller.enqueue({ type: "text-delta", id: "0", delta: word });
          await sleep(delay, signal);
        }
        controller.enqueue({ type: "text-end", id: "0" });
        controller.enqueue({
          type: "finish",
          finishReason: { unified: "stop", raw: "stop" },
          usage: usageOf(options.prompt, text),
        });
        controller.close();
      },
    });
    return { stream };
  }
}
