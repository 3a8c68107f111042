/**
 * Live's offline practice partner: with no language model connected, it still holds a simple
 * spoken-English practice conversation (a greeting, then questions that follow on from what the
 * learner said) and says plainly what it is. Pure and deterministic, so it is tested directly.
 */
export type PracticeTurn = { role: "user" | "ai"; text: string };

const QUESTIONS = [
  "What did you do today?",
  "What do you enjoy doing at the weekend?",
  "Tell me about a place you would like to visit. Why there?",
  "What are you learning at the moment, and why?",
  "Describe a person who has helped you. What did they do?",
  "What would your perfect day look like?",
  "What is something you changed your mind about recently?",
];

const STOP_WORDS = new Set(
  "i me my we you your he she it they them a an the and or but so to of in on at for with about is am are was were be been have has had do did not that this there what when where why how very really just like want would could can will".split(
    " ",
  ),
);

/** The learner's most telling word: the longest that is not a stop word. */
function topicOf(text: string): string | null {
  const words = (text.toLowerCase().match(/[\p{L}'-]+/gu) ?? []).filter(
    (w) => w.length > 3 && !STOP_WORDS.has(w),
  );
  return words.sort((a, b) => b.length - a.length)[0] ?? null;
}

export function practiceReply(
  message: string,
  history: PracticeTurn[],
  nickname: string | null,
): string {
  const name = nickname ? `, ${nickname}` : "";
  const answered = history.filter((t) => t.role === "user").length;
  const text = message.trim();
  if (/\b(bye|goodbye|see you|that's all)\b/i.test(text))
    return `Thank you for practising with me${name}! You can end the session when you are ready; your transcript will be saved.`;
  if (answered === 0)
    return (
      `Hello${name}! I am Xentree's offline practice partner. No language model is connected ` +
      `to this server, so I follow a simple script, but you can still practise speaking with me. ` +
      QUESTIONS[0]
    );
  const next = QUESTIONS[answered % QUESTIONS.length]!;
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 4) return `Can you say a little more${name}? Try a full sentence or two. ${next}`;
  const topic = topicOf(text);
  const echo = text.endsWith("?")
    ? "Good question! I can only follow my script, so let me ask you instead."
    : topic
      ? `Thank you${name}. You mentioned “${topic}”: that sounds interesting.`
      : `Thank you${name}, well said.`;
  return `${echo} ${next}`;
}
