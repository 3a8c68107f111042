"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { selectFromStart } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";

type Conversation = { id: string; title: string | null; message_count: number };

export function ConversationSidebar() {
  const trpc = useTRPC();
  const pathname = usePathname();
  const list = useQuery(trpc.conversations.list.queryOptions({ limit: 100 }));
  const [filter, setFilter] = useState("");
  const items = (list.data?.items ?? []).filter((c) =>
    (c.title ?? "Untitled").toLowerCase().includes(filter.trim().toLowerCase()),
  );

  return (
    <nav
      aria-label="Conversations"
      className="flex h-full flex-col gap-3 p-3"
      data-testid="conversation-sidebar"
    >
      <Button asChild variant="secondary" className="justify-start">
        <Link href="/chat" data-testid="new-chat">
          <Plus className="size-4" aria-hidden /> New conversation
        </Link>
      </Button>
      <label className="sr-only" htmlFor="conversation-filter">
        Filter conversations
      </label>
      <input
        id="conversation-filter"
        type="search"
        placeholder="Filter by title"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        className="h-9 rounded-md border border-border bg-bg px-3 text-sm focus-visible:outline-2 focus-visible:outline-accent"
      />
      {list.isError && <Alert>Conversations could not be loaded.</Alert>}
      {list.data && list.data.items.length === 0 && (
        <p className="px-1 text-sm text-muted">Your conversations will appear here.</p>
      )}
      <ul className="-mx-1 flex flex-1 flex-col gap-0.5 overflow-y-auto">
        {items.map((c) => (
          <ConversationItem key={c.id} conversation={c} active={pathname === `/chat/${c.id}`} />
        ))}
      </ul>
    </nav>
  );
}

function ConversationItem({
  conversation,
  active,
}: {
  conversation: Conversation;
  active: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [renaming, setRenaming] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.conversations.pathFilter());
  const rename = useMutation(
    trpc.conversations.rename.mutationOptions({
      onSuccess: async (renamed) => {
        await refresh();
        setRenaming(false);
        toast.success("Conversation renamed", renamed.title ?? undefined);
      },
    }),
  );
  const remove = useMutation(trpc.conversations.delete.mutationOptions());
  const title = conversation.title ?? "Untitled conversation";

  if (renaming) {
    return (
      <li className="px-1">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            rename.mutate({
              conversation_id: conversation.id,
              title: String(new FormData(e.currentTarget).get("title") ?? ""),
            });
          }}
        >
          <label className="sr-only" htmlFor={`rename-${conversation.id}`}>
            New title
          </label>
          <input
            id={`rename-${conversation.id}`}
            name="title"
            defaultValue={conversation.title ?? ""}
            autoFocus
            onFocus={selectFromStart}
            onKeyDown={(e) => e.key === "Escape" && setRenaming(false)}
            className="h-8 w-full rounded-md border border-accent bg-bg px-2 text-sm"
            data-testid="rename-input"
          />
          {rename.error && <p className="mt-1 text-xs text-danger">{rename.error.message}</p>}
        </form>
      </li>
    );
  }
  return (
    <li
      className={cn(
        "group flex items-center rounded-md",
        active ? "bg-accent-soft" : "hover:bg-surface",
      )}
      data-testid={`conversation-${title}`}
    >
      <Link
        href={`/chat/${conversation.id}`}
        aria-current={active ? "page" : undefined}
        className="min-w-0 flex-1 truncate px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-accent"
      >
        {title}
      </Link>
      <Button
        variant="ghost"
        size="sm"
        className="h-7 px-1.5"
        aria-label={`Rename ${title}`}
        onClick={() => setRenaming(true)}
      >
        <Pencil className="size-3.5" aria-hidden />
      </Button>
      <ConfirmButton
        label={<span aria-label={`Delete ${title}`}>×</span>}
        variant="ghost"
        title={`Delete “${title}”?`}
        description={`Its ${conversation.message_count} messages are deleted for good. Notes linked to it are kept.`}
        confirmLabel="Delete conversation"
        testId={`delete-conversation-${title}`}
        onConfirm={async () => {
          await remove.mutateAsync({ conversation_id: conversation.id });
          await refresh();
          toast.success("Conversation deleted", `“${title}” and its messages are gone.`);
          if (active) router.push("/chat");
        }}
      />
    </li>
  );
}
