import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { TrpcProvider } from "@/components/trpc/client";
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
  // Every page is rendered per request, so Next.js can put this request's CSP nonce (proxy.ts) on
  // its scripts; a page built ahead of time would carry none and be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">
        <TrpcProvider>{children}</TrpcProvider>
      </body>
    </html>
  );
}
