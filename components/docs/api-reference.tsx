"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

type ScalarInstance = { destroy?: () => void };
type ScalarApi = { createApiReference: (element: Element, config: object) => ScalarInstance };
type ScalarGlobal = { Scalar?: ScalarApi };

// Everything that would call Scalar's cloud (web fonts, the AI agent, MCP, SDK generation,
// telemetry, the request proxy) is off: the page works offline. Options as of
// @scalar/api-reference 1.76 (the deprecated `showToolbar` is gone: it logged a warning).
const CONFIG = {
  url: "/api/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: "never",
  hideClientButton: true,
  hideDarkModeToggle: true,
  documentDownloadType: "json",
  // "Try it" calls go straight to this server, never through Scalar's proxy.
  proxyUrl: "",
  defaultHttpClient: { targetKey: "shell", clientKey: "curl" },
  // The app's own colours and fonts, which follow its light or dark theme; method and syntax
  // colours that reach WCAG AA contrast on them.
  customCss: `
    .light-mode, .dark-mode {
      --scalar-background-1: var(--color-bg);
      --scalar-background-2: var(--color-surface);
      --scalar-background-3: var(--color-raised);
      --scalar-background-accent: var(--color-accent-soft);
      --scalar-color-1: var(--color-fg);
      --scalar-color-2: var(--color-muted);
      --scalar-color-3: var(--color-muted);
      --scalar-color-accent: var(--color-accent);
      --scalar-border-color: var(--color-border);
      --scalar-font: var(--font-sans);
      --scalar-font-code: var(--font-mono);
    }
    .light-mode {
      --scalar-color-green: #047857; --scalar-color-blue: #1d4ed8; --scalar-color-orange: #c2410c;
      --scalar-color-red: #b91c1c; --scalar-color-purple: #7e22ce; --scalar-color-yellow: #a16207;
    }
    .dark-mode {
      --scalar-color-green: #34d399; --scalar-color-blue: #60a5fa; --scalar-color-orange: #fb923c;
      --scalar-color-red: #f87171; --scalar-color-purple: #c084fc; --scalar-color-yellow: #facc15;
    }
    .scalar-app .references-layout { min-height: auto; }`,
};

function prefersDark(): boolean {
  const chosen = document.documentElement.dataset.theme;
  return chosen ? chosen === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
}

let loading: Promise<ScalarApi> | undefined;

/** Scalar's standalone bundle (about 1.5 MB), fetched once, only when the reference is wanted. */
function loadScalar(nonce: string | undefined): Promise<ScalarApi> {
  loading ??= new Promise<ScalarApi>((resolve, reject) => {
    const existing = (window as unknown as ScalarGlobal).Scalar;
    if (existing) return resolve(existing);
    const script = document.createElement("script");
    script.src = "/docs/api/reference.js";
    script.async = true;
    if (nonce) script.nonce = nonce;
    script.onload = () => {
      const scalar = (window as unknown as ScalarGlobal).Scalar;
      if (scalar) resolve(scalar);
      else reject(new Error("The reference script did not load"));
    };
    script.onerror = () => reject(new Error("The reference script did not load"));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

// The first sign that someone is using the page: Scalar loads then, not with the page.
const INTENT_EVENTS = ["pointerdown", "keydown", "touchstart", "wheel", "scroll"] as const;

/**
 * The interactive reference (Scalar), inside the app's frame. The page arrives with a
 * server-rendered index of every endpoint (`children`), readable at once and with no script of
 * its own; Scalar's bundle loads after the first paint, when the visitor first interacts with the
 * page (or arrives with a link into the reference), and replaces the index. Its samples call this
 * server's own origin, so a curl line runs as shown.
 */
export function ApiReference({ nonce, children }: { nonce?: string; children?: ReactNode }) {
  const element = useRef<HTMLDivElement>(null);
  const instance = useRef<ScalarInstance | null>(null);
  const [state, setState] = useState<"waiting" | "loading" | "ready" | "failed">("waiting");
  const start = useRef<() => void>(() => {});
  /** The visitor asked for the reference: an effect run after that (a new nonce) resumes it. */
  const wanted = useRef(false);

  useEffect(() => {
    let cancelled = false;
    let started = false;
    const begin = () => {
      if (started) return;
      started = true;
      wanted.current = true;
      for (const name of INTENT_EVENTS) window.removeEventListener(name, begin, true);
      setState("loading");
      loadScalar(nonce).then(
        (scalar) => {
          if (cancelled || !element.current || instance.current) return;
          instance.current = scalar.createApiReference(element.current, {
            ...CONFIG,
            servers: [{ url: window.location.origin, description: "This Xentree server" }],
            forceDarkModeState: prefersDark() ? "dark" : "light",
          });
          setState("ready");
        },
        () => {
          started = false;
          if (!cancelled) setState("failed");
        },
      );
    };
    start.current = begin;
    // Without resuming, a re-run that cancelled a load under way left the page at "Loading…"
    // for good (seen in the journeys, under load).
    if (wanted.current || window.location.hash.length > 1) begin();
    else {
      for (const name of INTENT_EVENTS) {
        window.addEventListener(name, begin, { capture: true, passive: true });
      }
    }

    // Scalar rewrites the address (#tag/…) with its own history entries, after which the app's
    // client-side links stopped navigating: links outside the reference load their page in full.
    function onClick(event: MouseEvent) {
      if (!instance.current) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || element.current?.contains(link) || event.defaultPrevented) return;
      const url = new URL((link as HTMLAnchorElement).href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname)
        return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      event.stopPropagation();
      window.location.assign(url.href);
    }
    document.addEventListener("click", onClick, true);
    return () => {
      cancelled = true;
      for (const name of INTENT_EVENTS) window.removeEventListener(name, begin, true);
      document.removeEventListener("click", onClick, true);
      instance.current?.destroy?.();
      instance.current = null;
    };
  }, [nonce]);

  return (
    <>
      {state !== "ready" && (
        <div data-testid="api-reference-index" data-state={state}>
          <div className="flex flex-col gap-3 border-b border-border bg-surface px-4 py-3 text-sm sm:flex-row sm:items-center md:px-8">
            <p className="min-w-0 text-muted sm:flex-1" role="status">
              {state === "loading"
                ? "Loading the interactive reference…"
                : state === "failed"
                  ? "The interactive reference did not load. The index below lists every endpoint."
                  : "Every endpoint at a glance. The interactive reference, with samples and “Try it”, loads as you start using the page."}
            </p>
            <Button
              size="sm"
              variant="secondary"
              pending={state === "loading"}
              onClick={() => start.current()}
              className="self-start sm:self-auto"
              data-testid="api-reference-load"
            >
              {state === "failed" ? "Try again" : "Open the interactive reference"}
            </Button>
          </div>
          {children}
        </div>
      )}
      <div ref={element} data-testid="api-reference" />
    </>
  );
}
