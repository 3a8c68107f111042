"use client";

import { Menu } from "lucide-react";
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";

// The sheet (Radix Dialog) is fetched when the menu is first opened, not with every page.
const Sheet = lazy(() => import("@/components/ui/sheet").then((m) => ({ default: m.Sheet })));

/** The sidebar as a full-screen sheet on phones. */
export function MobileNav() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const button = (onClick?: () => void) => (
    <Button
      variant="ghost"
      size="sm"
      className="px-2 md:hidden"
      aria-label="Open menu"
      data-testid="mobile-menu"
      onClick={onClick}
    >
      <Menu className="size-5" aria-hidden />
    </Button>
  );
  const first = () => {
    setLoaded(true);
    setOpen(true);
  };
  if (!loaded) return button(first);
  return (
    <Suspense fallback={button()}>
      <Sheet
        open={open}
        onOpenChange={setOpen}
        side="left"
        title={<Logo />}
        description="Go to another area of Xentree"
        testId="mobile-nav"
        trigger={button()}
      >
        <NavLinks onNavigate={() => setOpen(false)} />
      </Sheet>
    </Suspense>
  );
}
