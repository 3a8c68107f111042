import { defineOperation } from "@/server/http/operation";
import { PageQuery } from "@/server/platform/pagination";
import { startChat } from "./chat";
import { stopAnswer } from "./chat-store";
import {
  createConversation,
  deleteConversation,
  getConversation,
  listConversations,
  listMessages,
  renameConversation,
} from "./conversations";
import { chatEventStream } from "./event-stream";
import { createNote, deleteNote, listNotes, updateNote } from "./notes";
import { listProviders } from "./providers";
import {
  ChatRequest,
  ChatResponse,
  ConversationCreateRequest,
  ConversationPage,
  ConversationParams,
  ConversationResponse,
  MessagePage,
  MessageParams,
  NotePage,
  NoteParams,
  NoteRequest,
  NoteResponse,
  NotesQuery,
  ProvidersResponse,
  RenameConversationRequest,
  SearchQuery,
  SearchResponse,
} from "./schemas";
import { search } from "./search";

const tag = "Conversations";
const read = { scope: "conversations:read" } as const;
const write = { scope: "conversations:write" } as const;
const ONE = "/api/core/conversations/{conversation_id}";

export const conversationOperations = [
  defineOperation({
    operationId: "listProviders",
    method: "GET",
    path: "/api/core/providers",
    tag,
    summary: "AI providers and their models",
    description:
      '"auto" is `default_provider`: the first configured provider, or the built-in offline tutor when none is.',
    auth: read,
    response: {
      status: 200,
      description: "Providers, available ones first",
      schema: ProvidersResponse,
    },
    errors: [],
    handler: async () => listProviders(),
  }),
  defineOperation({
    operationId: "chat",
    method: "POST",
    path: "/api/core/chat",
    streams: true,
    tag,
    summary: "Send a message and get the answer",
    description:
      "With `conversation_id` the history is loaded and both turns are stored. With `stream: true` " +
      "(or `Accept: text/event-stream`) the answer comes as server-sent events: a `start` event " +
      "`{ conversation_id, message_id }`, `delta` events " +
      "`{ text }`, then one `done` event with the ChatResponse, or one `error` event with the error " +
      "envelope. A client that disconnects does not stop the answer: it is completed and stored. " +
      "If the provider fails or times out: `503 provider_unavailable`, and the message is kept. " +
      "Messages per day are limited by plan (`429 rate_limited`).",
    auth: write,
    body: ChatRequest,
    response: {
      status: 200,
      description: "The answer (or a text/event-stream)",
      schema: ChatResponse,
    },
    errors: ["not_found", "provider_unavailable", "rate_limited"],
    handler: async ({ ctx, body, request }) => {
      const run = await startChat({ ctx, input: body });
      const wantsStream =
        body.stream || (request.headers.get("accept") ?? "").includes("text/event-stream");
      return wantsStream ? chatEventStream(run, ctx.request.id) : run.result;
    },
  }),
  defineOperation({
    operationId: "listConversations",
    method: "GET",
    path: "/api/core/conversations",
    tag,
    summary: "Your conversations, newest activity first",
    auth: read,
    query: PageQuery,
    response: { status: 200, description: "Conversations", schema: ConversationPage },
    errors: [],
    handler: ({ ctx, query }) => listConversations({ ctx, input: query }),
  }),
  defineOperation({
    operationId: "createConversation",
    method: "POST",
    path: "/api/core/conversations",
    creates: true,
    tag,
    summary: "Start a conversation",
    auth: write,
    body: ConversationCreateRequest,
    response: { status: 201, description: "The new conversation", schema: ConversationResponse },
    errors: ["not_found"],
    handler: ({ ctx, body }) => createConversation({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "getConversation",
    method: "GET",
    path: ONE,
    tag,
    summary: "Get a conversation",
    auth: read,
    params: ConversationParams,
    response: { status: 200, description: "The conversation", schema: ConversationResponse },
    errors: ["not_found"],
    handler: ({ ctx, params }) => getConversation({ ctx, conversationId: params.conversation_id }),
  }),
  defineOperation({
    operationId: "renameConversation",
    method: "PATCH",
    path: ONE,
    tag,
    summary: "Rename a conversation",
    auth: write,
    params: ConversationParams,
    body: RenameConversationRequest,
    response: { status: 200, description: "The conversation", schema: ConversationResponse },
    errors: ["not_found"],
    handler: ({ ctx, params, body }) =>
      renameConversation({ ctx, conversationId: params.conversation_id, title: body.title }),
  }),
  defineOperation({
    operationId: "deleteConversation",
    method: "DELETE",
    path: ONE,
    tag,
    summary: "Delete a conversation and its messages",
    description: "Notes linked to it are kept, unlinked.",
    auth: write,
    params: ConversationParams,
    response: { status: 204, description: "Deleted" },
    errors: ["not_found"],
    handler: ({ ctx, params }) =>
      deleteConversation({ ctx, conversationId: params.conversation_id }),
  }),
  defineOperation({
    operationId: "listMessages",
    method: "GET",
    path: `${ONE}/messages`,
    tag,
    summary: "A conversation's messages, oldest first",
    auth: read,
    params: ConversationParams,
    query: PageQuery,
    response: { status: 200, description: "Messages", schema: MessagePage },
    errors: ["not_found"],
    handler: ({ ctx, params, query }) =>
      listMessages({ ctx, conversationId: params.conversation_id, input: query }),
  }),
  defineOperation({
    operationId: "stopAnswer",
    method: "POST",
    path: `${ONE}/messages/{message_id}/stop`,
    tag,
    summary: "Stop an answer being written",
    description:
      "The answer keeps what was written so far. Stopping a finished answer does nothing.",
    auth: write,
    params: MessageParams,
    response: { status: 204, description: "Asked to stop" },
    errors: ["not_found"],
    handler: ({ ctx, params }) =>
      stopAnswer({ ctx, conversationId: params.conversation_id, messageId: params.message_id }),
  }),
  defineOperation({
    operationId: "search",
    method: "GET",
    path: "/api/core/search",
    tag,
    summary: "Search everything you own",
    description:
      "Messages and notes (transcripts and documents when Live and the knowledge base hold them), " +
      "ranked; any of the words may match. Snippets mark matched words «like this».",
    auth: read,
    query: SearchQuery,
    response: { status: 200, description: "Results, best first", schema: SearchResponse },
    errors: [],
    handler: ({ ctx, query }) => search({ ctx, input: query }),
  }),
  defineOperation({
    operationId: "listNotes",
    method: "GET",
    path: "/api/core/notes",
    tag,
    summary: "Your notes, most recently changed first",
    auth: read,
    query: NotesQuery,
    response: { status: 200, description: "Notes", schema: NotePage },
    errors: [],
    handler: ({ ctx, query }) => listNotes({ ctx, input: query }),
  }),
  defineOperation({
    operationId: "createNote",
    method: "POST",
    path: "/api/core/notes",
    creates: true,
    tag,
    summary: "Write a note, optionally linked to a conversation",
    auth: write,
    body: NoteRequest,
    response: { status: 201, description: "The note", schema: NoteResponse },
    errors: ["not_found"],
    handler: ({ ctx, body }) => createNote({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "updateNote",
    method: "PUT",
    path: "/api/core/notes/{note_id}",
    tag,
    summary: "Replace a note",
    auth: write,
    params: NoteParams,
    body: NoteRequest,
    response: { status: 200, description: "The note", schema: NoteResponse },
    errors: ["not_found"],
    handler: ({ ctx, params, body }) => updateNote({ ctx, noteId: params.note_id, input: body }),
  }),
  defineOperation({
    operationId: "deleteNote",
    method: "DELETE",
    path: "/api/core/notes/{note_id}",
    tag,
    summary: "Delete a note",
    auth: write,
    params: NoteParams,
    response: { status: 204, description: "Deleted" },
    errors: ["not_found"],
    handler: ({ ctx, params }) => deleteNote({ ctx, noteId: params.note_id }),
  }),
];
