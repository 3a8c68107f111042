import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4Prompt,
  LanguageModelV4StreamPart,
} from "@ai-sdk/provider";

export const OFFLINE_PROVIDER_ID = "offline";
export const OFFLINE_MODEL_ID = "xentree-tutor";

/** A passage from the user's knowledge base, numbered in the answer as [n]. */
export type Passage = {
  document_id: string;
  title: string;
  snippet: string;
  chunk_id?: string;
  location?: string | null;
};

/** What the chat verb hands the tutor through `providerOptions.xentree`. */
export type TutorOptions = { passages?: Passage[]; searchedKnowledge?: boolean };

const NO_MODEL =
  "No language model is connected to this Xentree server, so I cannot write answers of my own.";

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

const GREETING = /^(hi|hello|hey|good (morning|afternoon|evening)|hola|bonjour|hallo|ciao)\b/i;

/**
 * The answer the offline tutor gives: passages from the user's knowledge base when there are
 * relevant ones, cited as [n]; otherwise a plain statement of what it can and cannot do. It never
 * pretends to be a language model.
 */
export function composeOfflineAnswer(
  question: string,
  passages: Passage[],
  searchedKnowledge = true,
): string {
  if (passages.length > 0) {
    const quotes = passages
      .slice(0, 3)
      .map((p, i) => `> ${p.snippet.replace(/\s+/g, " ").trim()}\n\n— *${p.title}* [${i + 1}]`)
      .join("\n\n");
    return `${NO_MODEL} Here is what your knowledge base says that matches your question:\n\n${quotes}`;
  }
  const quoted = `“${question.length > 80 ? `${question.slice(0, 77)}…` : question}”`;
  const intro = GREETING.test(question)
    ? "Hello! I am Xentree's offline tutor."
    : searchedKnowledge
      ? `I looked for ${quoted} in your knowledge base and found nothing that matches.`
      : `You asked ${quoted}.`;
  return [
    intro,
    "",
    NO_MODEL,
    "",
    "What still works:",
    "- Your conversations, notes and search keep everything you write here.",
    "- When your knowledge base has passages that match a question, I quote them with their sources.",
    "- An administrator can connect a model (OpenAI, Anthropic, Google, or a local server such as Ollama, vLLM or LM Studio); then “Auto” answers with it.",
  ].join("\n");
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

  private answer(options: LanguageModelV4CallOptions): string {
    const tutor = (options.providerOptions?.xentree ?? {}) as TutorOptions;
    return composeOfflineAnswer(
      lastUserText(options.prompt),
      tutor.passages ?? [],
      tutor.searchedKnowledge ?? false,
    );
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const text = this.answer(options);
    return {
      content: [{ type: "text", text }],
      finishReason: { unified: "stop", raw: "stop" },
      usage: usageOf(options.prompt, text),
      warnings: [],
    } as LanguageModelV4GenerateResult;
  }

  async doStream(options: LanguageModelV4CallOptions) {
    const text = this.answer(options);
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
