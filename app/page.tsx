import { BookOpenText, Building2, Languages, MessagesSquare, Mic } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Logo } from "@/components/shell/logo";
import { Button } from "@/components/ui/button";
import { getSignedInUser } from "@/server/auth/page-user";

// Each area says "Coming soon" until it ships; the landing page never promises what is not there.
const FEATURES = [
  {
    icon: MessagesSquare,
    title: "Chat with an AI tutor",
    soon: false,
    text: "Streaming answers, your conversation history, notes beside each chat, and one search over all of it.",
  },
  {
    icon: BookOpenText,
    title: "Answers from your knowledge",
    soon: true,
    text: "Upload your notes and documents, and get answers grounded in them, with sources.",
  },
  {
    icon: Mic,
    title: "Live practice",
    soon: true,
    text: "Talk with a voice or avatar tutor in real time, and keep every transcript.",
  },
  {
    icon: Languages,
    title: "Xentree English",
    soon: true,
    text: "A CEFR A1–C1 programme with instant feedback on your writing and speaking.",
  },
  {
    icon: Building2,
    title: "For organizations",
    soon: false,
    text: "Run Xentree for your people: members, roles, teams and API keys.",
  },
];

export default async function LandingPage() {
  if (await getSignedInUser()) redirect("/home");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-4 py-4">
        <Logo />
        <nav className="flex items-center gap-2" aria-label="Account">
          <Button asChild variant="ghost" size="sm">
            <Link href="/sign-in">Sign in</Link>
          </Button>
          <Button asChild size="sm">
            <Link href="/sign-up">Sign up</Link>
          </Button>
        </nav>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-16">
        <section className="max-w-2xl">
          <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">
            Learn with an AI tutor that knows your material.
          </h1>
          <p className="mt-4 text-lg text-muted">
            Xentree brings AI conversations, live speaking practice and an English programme
            together, over the knowledge you already have.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Button asChild>
              <Link href="/sign-up" data-testid="landing-sign-up">
                Create a free account
              </Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/docs/api">
                <BookOpenText className="size-4" aria-hidden /> API reference
              </Link>
            </Button>
          </div>
        </section>
        <section aria-label="What Xentree does" className="mt-16 grid gap-6 sm:grid-cols-2">
          {FEATURES.map(({ icon: Icon, title, text, soon }) => (
            <div key={title} className="rounded-lg border border-border p-6">
              <Icon className="mb-3 size-5 text-accent" aria-hidden />
              <h2 className="font-semibold">
                {title}
                {soon && (
                  <span className="ml-2 rounded-full bg-surface px-2 py-0.5 align-middle text-xs font-normal text-muted">
                    Coming soon
                  </span>
                )}
              </h2>
              <p className="mt-1 text-sm text-muted">{text}</p>
            </div>
          ))}
        </section>
      </main>
      <footer className="border-t border-border py-6 text-center text-xs text-muted">
        Xentree
      </footer>
    </div>
  );
}
