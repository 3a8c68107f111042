import { TreePine } from "lucide-react";

export function Logo() {
  return (
    <span className="inline-flex items-center gap-2 text-lg font-semibold tracking-tight">
      <span className="grid size-8 place-items-center rounded-md bg-accent text-accent-fg">
        <TreePine className="size-5" aria-hidden />
      </span>
      Xentree
    </span>
  );
}
