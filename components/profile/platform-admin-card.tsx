import { Settings2 } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";

/** Shown on the profile of platform administrators only: where the installation is maintained. */
export function PlatformAdminCard() {
  return (
    <Card className="flex flex-col gap-2" data-testid="platform-admin">
      <h2 className="flex items-center gap-2 font-semibold">
        <Settings2 className="size-4" aria-hidden />
        Platform administration
      </h2>
      <p className="text-sm text-muted">
        You run this installation.{" "}
        <Link href="/admin/search" className="text-accent underline underline-offset-2">
          Search index
        </Link>
        : what is indexed, pending work, and a rebuild.
      </p>
    </Card>
  );
}
