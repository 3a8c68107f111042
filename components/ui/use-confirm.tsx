"use client";

import dynamic from "next/dynamic";
import { useCallback, useRef, useState } from "react";
import type { ConfirmOptions } from "./confirm-dialog";

const ConfirmDialog = dynamic(() => import("./confirm-dialog").then((m) => m.ConfirmDialog), {
  ssr: false,
});

/**
 * Ask before a consequential change, from an event handler:
 *   const { confirm, dialog } = useConfirm();
 *   if (await confirm({ title, description, confirmLabel })) save();
 * and render `{dialog}` once in the component. Resolves false on Cancel, Escape or the X.
 * The dialog's code is fetched when the first question is asked, not with the page.
 */
export function useConfirm(testId?: string) {
  const [options, setOptions] = useState<ConfirmOptions | null>(null);
  const resolver = useRef<((answer: boolean) => void) | null>(null);

  const confirm = useCallback((next: ConfirmOptions) => {
    resolver.current?.(false);
    setOptions(next);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  function answer(value: boolean) {
    resolver.current?.(value);
    resolver.current = null;
  }

  const dialog = options && (
    <ConfirmDialog
      {...options}
      open
      testId={testId}
      onConfirm={() => {
        answer(true);
        setOptions(null);
      }}
      onOpenChange={(open) => {
        if (open) return;
        answer(false);
        setOptions(null);
      }}
    />
  );
  return { confirm, dialog };
}
