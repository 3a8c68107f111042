import { GuidePage, guideMetadata } from "./_components/guide-page";

export const metadata = guideMetadata("introduction");

export default function DocsHome() {
  return <GuidePage slug="introduction" />;
}
