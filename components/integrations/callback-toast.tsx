"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { toast } from "@/components/ui/toast";
import { CALLBACK_ERRORS } from "./connect";

/** The outcome of the provider's redirect back (`?connected=` or `?error=`), said once. */
export function CallbackToast() {
  const params = useSearchParams();
  const router = useRouter();
  const said = useRef(false);
  useEffect(() => {
    const connected = params.get("connected");
    const error = params.get("error");
    if (said.current || (!connected && !error)) return;
    said.current = true;
    if (connected === "google_calendar") {
      toast.success("Google Calendar connected", "Your next events now show on the home page.");
    } else if (error) {
      toast.error(
        "Google Calendar was not connected",
        CALLBACK_ERRORS[error] ?? CALLBACK_ERRORS.internal_error,
      );
    }
    // A reload should not say it again.
    router.replace("/integrations", { scroll: false });
  }, [params, router]);
  return null;
}
