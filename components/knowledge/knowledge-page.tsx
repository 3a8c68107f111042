"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Card } from "@/components/ui/card";
import { DocumentList } from "./document-list";
import { TryQuery } from "./try-query";
import { UploadZone } from "./upload-zone";

export function KnowledgePage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const orgs = useQuery(trpc.organizations.list.queryOptions({ limit: 100 }));
  const organizations = (orgs.data?.items ?? []).map((o) => ({ id: o.id, name: o.name }));
  const [shareWith, setShareWith] = useState("");
  return (
    <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
      <div className="space-y-4">
        <Card className="space-y-3 p-4">
          {organizations.length > 0 && (
            <label className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              <span className="whitespace-nowrap">New uploads are</span>
              <select
                className="h-8 max-w-full min-w-0 rounded border border-border bg-bg px-2"
                value={shareWith}
                onChange={(e) => setShareWith(e.target.value)}
              >
                <option value="">private</option>
                {organizations.map((o) => (
                  <option key={o.id} value={o.id}>
                    shared with {o.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <UploadZone
            organizationId={shareWith || null}
            onUploaded={async () => {
              const queryKey = trpc.knowledge.list.queryKey();
              // The list's first load may still be on its way, begun before this upload: an
              // invalidation would only wait for it (a fetch with no data yet is not restarted)
              // and show the list without the new document. Cancel it, then fetch anew.
              await queryClient.cancelQueries({ queryKey });
              await queryClient.invalidateQueries({ queryKey });
            }}
          />
        </Card>
        <DocumentList organizations={organizations} />
      </div>
      <Card className="h-fit p-4">
        <TryQuery />
      </Card>
    </div>
  );
}
