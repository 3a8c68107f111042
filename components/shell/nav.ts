import {
  BookOpenText,
  Building2,
  GraduationCap,
  FileText,
  Home,
  AudioLines,
  MessagesSquare,
  NotebookPen,
  Plug,
  UserRound,
  type LucideIcon,
} from "lucide-react";

export type NavItem = { href: string; label: string; icon: LucideIcon };

/** The areas that exist so far; each new area adds itself here. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/home", label: "Home", icon: Home },
  { href: "/chat", label: "Chat", icon: MessagesSquare },
  { href: "/notes", label: "Notes", icon: NotebookPen },
  { href: "/knowledge", label: "Knowledge", icon: FileText },
  { href: "/live", label: "Live", icon: AudioLines },
  { href: "/english", label: "English", icon: GraduationCap },
  { href: "/organizations", label: "Organizations", icon: Building2 },
  { href: "/integrations", label: "Integrations", icon: Plug },
  { href: "/settings/profile", label: "Profile", icon: UserRound },
  { href: "/docs", label: "Docs", icon: BookOpenText },
];
