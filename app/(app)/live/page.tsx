import Link from "next/link";
import { AddToCalendar } from "@/components/integrations/add-to-calendar";
import { LiveRoom } from "@/components/live/live-room";
import { NicknameForm } from "@/components/live/nickname-form";
import { PageHeader } from "@/components/ui/card";
import { getSignedInUser } from "@/server/auth/page-user";

export const metadata = { title: "Live" };

export default async function LivePage() {
  const user = await getSignedInUser();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <PageHeader
        title="Live"
        description="Practise speaking with the AI tutor, by voice or with an avatar, within your monthly time."
        actions={<AddToCalendar kind="live" />}
      />
      <NicknameForm initial={user?.live_nickname ?? null} />
      <LiveRoom />
      <Link className="text-sm underline" href="/live/transcripts">
        Past sessions and their transcripts
      </Link>
    </div>
  );
}
