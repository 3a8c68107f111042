import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { TrpcProvider } from "@/components/trpc/client";
import { parseTheme, THEME_COOKIE, themeAttribute } from "@/components/ui/theme";
import { Toaster } from "@/components/ui/toast";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Xentree", template: "%s · Xentree" },
  description: "Learn with AI over your own knowledge: chat, live practice and English.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The theme is chosen on the server from a cookie, so the first paint is already right.
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  // Every page is rendered per request, so Next.js can put this request's CSP nonce (proxy.ts) on
  // its scripts; a page built ahead of time would carry none and be blocked.
  await connection();
  return (
    <html lang="en" data-theme={themeAttribute(theme)}>
      <body className="min-h-dvh antialiased">
        <TrpcProvider>
          {children}
          <Toaster />
        </TrpcProvider>
      </body>
    </html>
  );
}
