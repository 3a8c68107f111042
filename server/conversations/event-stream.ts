import { errorBody } from "@/server/http/respond";
import type { ChatRun } from "./chat";

const encoder = new TextEncoder();
const PING_EVERY_MS = 15_000;

/**
 * The answer as server-sent events: a `start` event naming the stored answer (`{ conversation_id,
 * message_id }`, for the stop button), `delta` events with `{ text }`, then one `done` event with the
 * ChatResponse (or one `error` event with the error envelope). A client that disconnects stops
 * receiving; the answer itself goes on and is stored.
 */
export function chatEventStream(run: ChatRun, requestId: string): Response {
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (chunk: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          open = false; // the client went away
        }
      };
      const event = (name: string, data: unknown) =>
        send(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
      const ping = setInterval(() => send(": ping\n\n"), PING_EVERY_MS);
      event("start", { conversation_id: run.conversationId, message_id: run.messageId });
      const unsubscribe = run.subscribe((text) => event("delta", { text }));
      stop = () => {
        open = false;
        clearInterval(ping);
        unsubscribe();
      };
      const finish = () => {
        const wasOpen = open;
        stop();
        if (wasOpen) controller.close();
      };
      run.result.then(
        (response) => {
          event("done", response);
          finish();
        },
        (error: unknown) => {
          event("error", errorBody(error, requestId));
          finish();
        },
      );
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
