"use client";

import { Menu } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet } from "@/components/ui/sheet";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";

/** The sidebar as a full-screen sheet on phones. */
export function MobileNav() {
  const [open, setOpen] = useState(false);
  return (
    <Sheet
      open={open}
      onOpenChange={setOpen}
      side="left"
      title={<Logo />}
      description="Go to another area of Xentree"
      testId="mobile-nav"
      trigger={
        <Button
          variant="ghost"
          size="sm"
          className="px-2 md:hidden"
          aria-label="Open menu"
          data-testid="mobile-menu"
        >
          <Menu className="size-5" aria-hidden />
        </Button>
      }
    >
      <NavLinks onNavigate={() => setOpen(false)} />
    </Sheet>
  );
}
