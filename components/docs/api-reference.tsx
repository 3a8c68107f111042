"use client";

import Script from "next/script";
import { useEffect, useRef } from "react";

type ScalarInstance = { destroy?: () => void };
type ScalarGlobal = {
  Scalar?: { createApiReference: (element: Element, config: object) => ScalarInstance };
};

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

/**
 * The interactive reference (Scalar), inside the app's frame. Its samples call this server's own
 * origin, so a curl line runs as shown.
 */
export function ApiReference({ nonce }: { nonce?: string }) {
  const element = useRef<HTMLDivElement>(null);
  const instance = useRef<ScalarInstance | null>(null);
  useEffect(() => {
    // Scalar rewrites the address (#tag/…) with its own history entries, after which the app's
    // client-side links stopped navigating: links outside the reference load their page in full.
    function onClick(event: MouseEvent) {
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
      document.removeEventListener("click", onClick, true);
      instance.current?.destroy?.();
    };
  }, []);
  return (
    <>
      <div ref={element} data-testid="api-reference" />
      <Script
        src="/docs/api/reference.js"
        strategy="afterInteractive"
        nonce={nonce}
        onReady={() => {
          const scalar = (window as unknown as ScalarGlobal).Scalar;
          if (!scalar || !element.current || instance.current) return;
          instance.current = scalar.createApiReference(element.current, {
            ...CONFIG,
            servers: [{ url: window.location.origin, description: "This Xentree server" }],
            forceDarkModeState: prefersDark() ? "dark" : "light",
          });
        }}
      />
    </>
  );
}
