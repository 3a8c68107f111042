import { readEvents } from "./sse";

export type Citation = { document_id: string; title: string; snippet: string };
/** What the chat keeps beside each message's text: the stored status and the answer's sources. */
export type ChatMetadata = {
  status?: "streaming" | "complete" | "failed";
  provider?: string | null;
  citations?: Citation[];
};
/** A message on screen (the shape the AI SDK's UI messages have, without its client code). */
export type XentreeMessage = {
  id: string;
  role: "user" | "assistant";
  parts: { type: "text"; text: string }[];
  metadata?: ChatMetadata;
};

type ErrorEnvelope = { detail?: { message?: string } };

export function textOf(message: XentreeMessage): string {
  return message.parts.map((p) => (p.type === "text" ? p.text : "")).join("");
}

/** What the answer's stream says, in order: started (with the stored id), text, done. */
export type AnswerEvent =
  | { type: "start"; messageId: string | null }
  | { type: "delta"; text: string }
  | { type: "done"; provider: string; citations: Citation[] };

/**
 * The contract's chat endpoint: POST /api/core/chat with `stream: true` answers server-sent events
 * `start` / `delta` / `done` / `error` (server/conversations/event-stream.ts). The server keeps the
 * history, so only the newest question is sent; the answer's id is the stored message's id. A
 * refused request or an `error` event throws with the server's message. The browser reads the
 * events itself (no AI SDK client, which would bring zod to the page to validate them).
 */
export async function* streamAnswer(request: {
  question: string;
  conversationId: string;
  provider: string;
  model: string | null;
  useKnowledge: boolean;
  signal: AbortSignal;
}): AsyncGenerator<AnswerEvent> {
  const response = await fetch("/api/core/chat", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({
      message: request.question,
      conversation_id: request.conversationId,
      provider: request.provider,
      model: request.model,
      use_knowledge: request.useKnowledge,
      stream: true,
    }),
    signal: request.signal,
  });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as ErrorEnvelope;
    throw new Error(body.detail?.message ?? `The server answered ${response.status}`);
  }
  for await (const { event, data } of readEvents(response.body)) {
    if (event === "start") {
      yield { type: "start", messageId: (data as { message_id: string | null }).message_id };
    } else if (event === "delta") {
      yield { type: "delta", text: (data as { text: string }).text };
    } else if (event === "done") {
      const done = data as { provider: string; citations: Citation[] };
      yield { type: "done", provider: done.provider, citations: done.citations };
    } else if (event === "error") {
      throw new Error((data as ErrorEnvelope).detail?.message ?? "The answer failed");
    }
  }
}
