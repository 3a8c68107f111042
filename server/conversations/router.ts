import { PageQuery } from "@/server/platform/pagination";
import { authedProcedure, router } from "@/server/trpc/init";
import {
  createConversation,
  deleteConversation,
  getConversation,
  listConversations,
  listMessages,
  renameConversation,
} from "./conversations";
import { createNote, deleteNote, listNotes, updateNote } from "./notes";
import { listProviders } from "./providers";
import { stopAnswer } from "./chat-store";
import {
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

// Chat itself streams through POST /api/core/chat (a plain route handler); the rest is here.
const one = authedProcedure.input(ConversationParams);

export const conversationsRouter = router({
  providers: authedProcedure.output(ProvidersResponse).query(() => listProviders()),
  list: authedProcedure
    .input(PageQuery)
    .output(ConversationPage)
    .query(({ ctx, input }) => listConversations({ ctx, input })),
  create: authedProcedure
    .input(ConversationCreateRequest)
    .output(ConversationResponse)
    .mutation(({ ctx, input }) => createConversation({ ctx, input })),
  get: one
    .output(ConversationResponse)
    .query(({ ctx, input }) => getConversation({ ctx, conversationId: input.conversation_id })),
  rename: one
    .input(RenameConversationRequest)
    .output(ConversationResponse)
    .mutation(({ ctx, input }) =>
      renameConversation({ ctx, conversationId: input.conversation_id, title: input.title }),
    ),
  delete: one.mutation(({ ctx, input }) =>
    deleteConversation({ ctx, conversationId: input.conversation_id }),
  ),
  messages: one
    .input(PageQuery)
    .output(MessagePage)
    .query(({ ctx, input }) => listMessages({ ctx, conversationId: input.conversation_id, input })),
  stop: authedProcedure
    .input(MessageParams)
    .mutation(({ ctx, input }) =>
      stopAnswer({ ctx, conversationId: input.conversation_id, messageId: input.message_id }),
    ),
  search: authedProcedure
    .input(SearchQuery)
    .output(SearchResponse)
    .query(({ ctx, input }) => search({ ctx, input })),
  notes: router({
    list: authedProcedure
      .input(NotesQuery)
      .output(NotePage)
      .query(({ ctx, input }) => listNotes({ ctx, input })),
    create: authedProcedure
      .input(NoteRequest)
      .output(NoteResponse)
      .mutation(({ ctx, input }) => createNote({ ctx, input })),
    update: authedProcedure
      .input(NoteParams.extend(NoteRequest.shape))
      .output(NoteResponse)
      .mutation(({ ctx, input }) => updateNote({ ctx, noteId: input.note_id, input })),
    delete: authedProcedure
      .input(NoteParams)
      .mutation(({ ctx, input }) => deleteNote({ ctx, noteId: input.note_id })),
  }),
});
