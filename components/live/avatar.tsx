import { cn } from "@/components/ui/cn";

export type AvatarState = "idle" | "listening" | "thinking" | "speaking";

const LABEL: Record<AvatarState, string> = {
  idle: "Waiting",
  listening: "Listening",
  thinking: "Thinking",
  speaking: "Speaking",
};

/**
 * The tutor's face: the mouth moves while speech plays, a ring pulses while it listens, and the
 * eyes look up while it thinks. Plain SVG and CSS (globals.css), nothing to download.
 */
export function Avatar({ state }: { state: AvatarState }) {
  return (
    <figure
      className="flex flex-col items-center gap-2"
      data-testid="live-avatar"
      data-state={state}
    >
      <svg
        viewBox="0 0 120 120"
        className={cn("live-avatar size-40", `live-avatar-${state}`)}
        role="img"
        aria-label={`Tutor avatar: ${LABEL[state].toLowerCase()}`}
      >
        <circle className="live-avatar-ring" cx="60" cy="60" r="56" />
        <circle cx="60" cy="60" r="46" className="fill-accent-soft stroke-accent" strokeWidth="2" />
        <g className="live-avatar-eyes fill-fg">
          <circle cx="44" cy="52" r="4.5" />
          <circle cx="76" cy="52" r="4.5" />
        </g>
        <ellipse className="live-avatar-mouth fill-fg" cx="60" cy="78" rx="12" ry="3" />
      </svg>
      <figcaption className="text-sm text-muted" aria-live="polite">
        {LABEL[state]}
      </figcaption>
    </figure>
  );
}
