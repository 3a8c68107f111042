"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus, X } from "lucide-react";
import { useState, type FormEvent } from "react";
import { formErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { NoteConversationLink } from "@/components/notes/note-conversation-link";
import { TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { Time } from "@/components/ui/format-provider";
import { useHashTarget, useScrollToTarget } from "./use-hash-target";

type Note = {
  id: string;
  title: string;
  content: string;
  conversation_id: string | null;
  updated_at: string;
};

/** Notes beside a conversation (linked to it), or all notes when there is no conversation. */
export function NotesPanel({
  conversationId,
  onClose,
  className,
}: {
  conversationId: string | null;
  onClose?: () => void;
  className?: string;
}) {
  const trpc = useTRPC();
  const notes = useQuery(
    trpc.conversations.notes.list.queryOptions({
      limit: 100,
      ...(conversationId && { conversation_id: conversationId }),
    }),
  );
  const [editing, setEditing] = useState<Note | "new" | null>(null);
  // A search result links to `#note-<id>`: that note is scrolled to and outlined.
  const target = useHashTarget("note");
  useScrollToTarget(target && `note-${target}`, notes.isSuccess);

  return (
    <aside
      className={cn(
        "flex w-full shrink-0 flex-col border-l border-border bg-surface md:w-80",
        className,
      )}
      aria-label="Notes"
      data-testid="notes-panel"
    >
      <div className="flex items-center justify-between gap-2 border-b border-border px-4 py-2">
        <h2 className="text-sm font-semibold">
          {conversationId ? "Notes for this conversation" : "All notes"}
        </h2>
        <div className="flex gap-1">
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setEditing("new")}
            data-testid="new-note"
          >
            <Plus className="size-4" aria-hidden /> New
          </Button>
          {onClose && (
            <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close notes">
              <X className="size-4" aria-hidden />
            </Button>
          )}
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-3 overflow-y-auto p-4">
        {editing && (
          <NoteEditor
            note={editing === "new" ? null : editing}
            conversationId={conversationId}
            onDone={() => setEditing(null)}
          />
        )}
        {notes.isError && <Alert>Notes could not be loaded: {notes.error.message}</Alert>}
        {notes.data?.items.length === 0 && !editing && (
          <p className="text-sm text-muted">
            No notes yet. Keep what you learn here: definitions, examples, questions for later.
          </p>
        )}
        {notes.data?.items.map((note) =>
          editing !== "new" && editing?.id === note.id ? null : (
            <article
              key={note.id}
              id={`note-${note.id}`}
              data-highlighted={target === note.id || undefined}
              className={cn(
                "scroll-m-4 rounded-md border border-border bg-bg p-3",
                target === note.id && "ring-2 ring-accent",
              )}
              data-testid={`note-${note.title}`}
            >
              <h3 className="text-sm font-medium">{note.title}</h3>
              {note.content && (
                <p className="mt-1 line-clamp-4 text-sm whitespace-pre-wrap text-muted">
                  {note.content}
                </p>
              )}
              {/* On the Notes page, each note says which conversation it belongs to. */}
              {!conversationId && note.conversation_id && (
                <NoteConversationLink conversationId={note.conversation_id} />
              )}
              <div className="mt-2 flex items-center justify-between text-xs text-muted">
                <Time iso={note.updated_at} style="ago" />
                <span className="flex gap-1.5">
                  <Button size="sm" variant="secondary" onClick={() => setEditing(note)}>
                    Edit
                  </Button>
                  <DeleteNote note={note} />
                </span>
              </div>
            </article>
          ),
        )}
      </div>
    </aside>
  );
}

function DeleteNote({ note }: { note: Note }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.conversations.notes.delete.mutationOptions());
  return (
    <ConfirmButton
      label="Delete"
      variant="danger-ghost"
      title={`Delete the note “${note.title}”?`}
      description="Its text is gone for good."
      confirmLabel="Delete note"
      testId={`delete-note-${note.title}`}
      onConfirm={async () => {
        await remove.mutateAsync({ note_id: note.id });
        await queryClient.invalidateQueries(trpc.conversations.notes.pathFilter());
        toast.success("Note deleted", `“${note.title}” is gone.`);
      }}
    />
  );
}

function NoteEditor({
  note,
  conversationId,
  onDone,
}: {
  note: Note | null;
  conversationId: string | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = async (saved: { title: string }) => {
    await queryClient.invalidateQueries(trpc.conversations.notes.pathFilter());
    toast.success(note ? "Note saved" : "Note added", saved.title);
    onDone();
  };
  const create = useMutation(trpc.conversations.notes.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.conversations.notes.update.mutationOptions({ onSuccess }));
  const { fields, message } = formErrors(create.error ?? update.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      title: String(form.get("title") ?? ""),
      content: String(form.get("content") ?? ""),
      conversation_id: note ? note.conversation_id : conversationId,
    };
    if (note) update.mutate({ note_id: note.id, ...input });
    else create.mutate(input);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-2 rounded-md border border-border bg-bg p-3"
      data-testid="note-editor"
    >
      {message && <Alert>{message}</Alert>}
      <TextField
        label="Title"
        name="title"
        defaultValue={note?.title ?? ""}
        autoFocus
        error={fields.title}
      />
      <label className="flex flex-col gap-1.5 text-sm font-medium">
        Note
        <textarea
          name="content"
          rows={5}
          defaultValue={note?.content ?? ""}
          className="rounded-md border border-border bg-bg px-3 py-2 text-sm font-normal focus-visible:outline-2 focus-visible:outline-accent"
        />
      </label>
      <div className="flex justify-end gap-2">
        <Button type="button" size="sm" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button
          type="submit"
          size="sm"
          pending={create.isPending || update.isPending}
          data-testid="save-note"
        >
          Save note
        </Button>
      </div>
    </form>
  );
}
