"use client";

import { Info } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ROLE_ORDER } from "@/server/organizations/roles";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "./use-organization";

/** "What can each role do?": the four roles, strongest first, in one short dialog. */
export function RolesExplained() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="What each role may do"
      description="Nobody can grant a role above their own, or change someone whose role is above theirs."
      size="sm"
      testId="roles-explained"
      trigger={
        <Button variant="ghost" size="sm" className="text-muted" data-testid="roles-explained-open">
          <Info className="size-4" aria-hidden /> What can each role do?
        </Button>
      }
    >
      <dl className="flex flex-col gap-3 text-sm">
        {ROLE_ORDER.map((role) => (
          <div key={role}>
            <dt className="font-medium">{ROLE_LABELS[role]}</dt>
            <dd className="text-muted">{ROLE_DESCRIPTIONS[role]}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
