import type { ChatTransport, UIMessage, UIMessageChunk } from "ai";
import { readEvents } from "./sse";

export type Citation = { document_id: string; title: string; snippet: string };
/** What the chat keeps beside each message's text: the stored status and the answer's sources. */
export type ChatMetadata = {
  status?: "streaming" | "complete" | "failed";
  provider?: string | null;
  citations?: Citation[];
};
export type XentreeMessage = UIMessage<ChatMetadata>;

type ErrorEnvelope = { detail?: { message?: string } };

export function textOf(message: XentreeMessage): string {
  return message.parts.map((p) => (p.type === "text" ? p.text : "")).join("");
}

/**
 * `useChat`'s transport for the contract's chat endpoint: POST /api/core/chat with `stream: true`
 * answers server-sent events `start` / `delta` / `done` / `error` (server/conversations/
 * event-stream.ts), which this turns into the AI SDK's message chunks. The server keeps the
 * history, so only the newest question is sent; the answer's id is the stored message's id.
 */
export class XentreeChatTransport implements ChatTransport<XentreeMessage> {
  constructor(
    private readonly options: {
      /** The conversation to write into, created on the first message of a new chat. */
      conversationId: () => Promise<string>;
      /** The model, and whether to answer from the user's knowledge base (with citations). */
      model: () => { provider: string; model: string | null; useKnowledge: boolean };
      /** The stored answer's id, as soon as the server names it (the stop button needs it). */
      onAnswerStarted: (conversationId: string, messageId: string | null) => void;
    },
  ) {}

  async sendMessages({
    messages,
    abortSignal,
  }: Parameters<ChatTransport<XentreeMessage>["sendMessages"]>[0]) {
    const question = messages.findLast((m) => m.role === "user");
    if (!question) throw new Error("There is no question to send");
    const conversationId = await this.options.conversationId();
    const { provider, model, useKnowledge } = this.options.model();
    const response = await fetch("/api/core/chat", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({
        message: textOf(question),
        conversation_id: conversationId,
        provider,
        model,
        use_knowledge: useKnowledge,
        stream: true,
      }),
      signal: abortSignal,
    });
    if (!response.ok || !response.body) {
      const body = (await response.json().catch(() => ({}))) as ErrorEnvelope;
      throw new Error(body.detail?.message ?? `The server answered ${response.status}`);
    }
    return toChunks(response.body, (id) => this.options.onAnswerStarted(conversationId, id));
  }

  /** An answer written by an earlier visit is followed by reading the stored messages instead. */
  async reconnectToStream() {
    return null;
  }
}

function toChunks(
  body: ReadableStream<Uint8Array>,
  onStart: (messageId: string | null) => void,
): ReadableStream<UIMessageChunk> {
  const events = readEvents(body);
  return new ReadableStream<UIMessageChunk>({
    async pull(controller) {
      const next = await events.next();
      if (next.done) return controller.close();
      const { event, data } = next.value;
      if (event === "start") {
        const id = (data as { message_id: string | null }).message_id;
        onStart(id);
        controller.enqueue({
          type: "start",
          ...(id && { messageId: id }),
          messageMetadata: { status: "streaming" },
        });
        controller.enqueue({ type: "text-start", id: "answer" });
      } else if (event === "delta") {
        controller.enqueue({
          type: "text-delta",
          id: "answer",
          delta: (data as { text: string }).text,
        });
      } else if (event === "done") {
        const done = data as { provider: string; citations: Citation[] };
        controller.enqueue({ type: "text-end", id: "answer" });
        controller.enqueue({
          type: "finish",
          finishReason: "stop",
          messageMetadata: {
            status: "complete",
            provider: done.provider,
            citations: done.citations,
          },
        });
      } else if (event === "error") {
        const message = (data as ErrorEnvelope).detail?.message ?? "The answer failed";
        controller.enqueue({ type: "error", errorText: message });
        controller.close();
      }
    },
    async cancel() {
      await events.return(undefined);
    },
  });
}
