export const SKILL_LABELS: Record<string, string> = {
  vocabulary: "Vocabulary",
  grammar: "Grammar",
  reading: "Reading",
  writing: "Writing",
  speaking: "Speaking",
};

export const TYPE_LABELS: Record<string, string> = {
  multiple_choice: "Multiple choice",
  gap_fill: "Fill the gaps",
  word_order: "Word order",
  matching: "Matching",
  short_answer: "Short answer",
  writing: "Writing",
  speaking: "Speaking",
};

export const STATUS_LABELS: Record<string, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  completed: "Completed",
  attempted: "Tried",
};
