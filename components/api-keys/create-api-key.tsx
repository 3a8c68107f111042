"use client";

import { KeyRound } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";

// The dialog (Radix, its form and the key reveal) is fetched on the first click, not with the page.
const CreateApiKeyDialog = dynamic(() => import("./create-api-key-dialog"), { ssr: false });

export function CreateApiKeyButton({
  orgId,
  onCreated,
}: {
  orgId: string;
  onCreated: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        data-testid="create-api-key"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        <KeyRound className="size-4" aria-hidden /> New API key
      </Button>
      {used && (
        <CreateApiKeyDialog orgId={orgId} onCreated={onCreated} open={open} setOpen={setOpen} />
      )}
    </>
  );
}
