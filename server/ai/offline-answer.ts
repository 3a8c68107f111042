import type { WritingCheck } from "./writing-check";

/** A passage from the user's knowledge base, numbered in the answer as [n]. */
/** A passage from the user's knowledge base, numbered in the answer as [n]. */
export type Passage = {
  document_id: string;
  title: string;
  snippet: string;
  chunk_id?: string;
  location?: string | null;
};

/**
 * The same question always gets the same wording (tests and retries are stable), and different
 * questions get different wordings: FNV-1a over the question picks among the variants.
 */
function picker(question: string) {
  let hash = 0x811c9dc5;
  for (const char of question.toLowerCase()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let turn = 0;
  return <T>(choices: readonly T[]): T => choices[(hash + 7 * turn++) % choices.length]!;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"“”]+/gi;

/**
 * The question as a safe inline quote: whitespace collapsed, links shown by their site (a link
 * cut short would lead nowhere), Markdown characters escaped so it reads as typed, and at most
 * about 80 characters, cut between words.
 */
export function quoteQuestion(question: string): string {
  let text = question
    .replace(URL_PATTERN, (url) => {
      try {
        const { host, pathname } = new URL(url.replace(/[.,;:!?)\]]+$/, ""));
        return pathname.length > 1 ? `${host}/…` : host;
      } catch {
        return "a link";
      }
    })
    .replace(/\s+/g, " ")
    .trim();
  if (text.length > 80) {
    const end = text.lastIndexOf(" ", 77);
    text = `${text.slice(0, end > 40 ? end : 77).replace(/[\s,;:.!?-]+$/, "")}…`;
  }
  return escapeMarkdown(text);
}

/** Text shown as typed, never as Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, "\\$1");
}

/** Ends a sentence after a quote without doubling its punctuation: `“terms?”`, never `“terms?”.` */
function closeQuote(quote: string): string {
  return /[.!?…]$/.test(quote) ? `“${quote}”` : `“${quote}”.`;
}

type Intent = "greeting" | "thanks" | "writing" | "remember" | "find" | "explain" | "other";

function intentOf(question: string): Intent {
  const q = question.toLowerCase();
  // Before greetings: "Hi! Can you check my essay: …" asks for a check.
  if (
    /\b(check|correct|proofread|improve|grade|mark|evaluate)\b.*\b(writing|essay|text|sentence|paragraph|grammar|english|spelling)\b/.test(
      q,
    ) ||
    /\b(is|are) (this|these|my) (sentence|sentences|grammar|spelling)\b/.test(q)
  )
    return "writing";
  if (/^(hi|hello|hey|good (morning|afternoon|evening)|hola|bonjour|hallo|ciao)\b/.test(q))
    return "greeting";
  if (/^(thanks|thank you|cheers|ok|okay|great|cool)\b[\s!.]*$/.test(q)) return "thanks";
  if (/\b(remember|save|note|keep|write down)\b/.test(q)) return "remember";
  if (/\b(find|search|where did|look up|earlier|last time)\b/.test(q)) return "find";
  if (/^(what|who|why|how|when|which|explain|define|describe|tell me)\b|\?$/.test(q))
    return "explain";
  return "other";
}

const HONEST = [
  "No language model is connected to this Xentree server, so I cannot write an answer of my own.",
  "No language model is connected here yet, so I will not guess at an answer.",
  "No language model is connected, so I can only point you to what Xentree can already do.",
] as const;

const INTROS: Record<Intent, readonly ((quote: string) => string)[]> = {
  greeting: [
    () => "Hello! I am Xentree's offline tutor.",
    () => "Hi! You are talking to Xentree's offline tutor.",
  ],
  thanks: [() => "You are welcome!", () => "Glad to help."],
  writing: [
    (q) => `You would like feedback on your writing: ${closeQuote(q)}`,
    (q) => `A writing check, then: ${closeQuote(q)}`,
  ],
  remember: [
    (q) => `You want to keep this: ${closeQuote(q)}`,
    (q) => `Something to remember: ${closeQuote(q)}`,
  ],
  find: [
    (q) => `You are looking for something you have seen before: ${closeQuote(q)}`,
    (q) => `Looking for ${closeQuote(q)}`,
  ],
  explain: [
    (q) => `You asked ${closeQuote(q)}`,
    (q) => `Good question: ${closeQuote(q)}`,
    (q) => `Your question: ${closeQuote(q)}`,
  ],
  other: [(q) => `You wrote ${closeQuote(q)}`, (q) => `Thanks for your message: ${closeQuote(q)}`],
};

const NOTHING_FOUND = [
  "Your knowledge base has nothing that matches it yet.",
  "I searched your knowledge base and found no passage about it.",
] as const;

const EVALUATE_LINK = "[Evaluate your English](/english/evaluate)";

const TIPS: Record<Intent, readonly string[]> = {
  greeting: [
    "Ask about anything in your knowledge base and I quote the passages that match, with their sources.",
    "**Notes** (the Notes button above) keep what you learn beside each conversation.",
    "**Search** (press / or Ctrl+K) finds any message or note you wrote.",
  ],
  thanks: [
    "**Notes** (the button above) keep what you learn beside this conversation.",
    "**Search** (press / or Ctrl+K) finds this conversation again when you need it.",
  ],
  writing: [
    `${EVALUATE_LINK} scores a text on six criteria, estimates its CEFR level and marks each issue in place with a suggestion; it works without a language model.`,
    "Or paste your text here after the request (at least 30 words), and I run the same offline evaluator on it.",
  ],
  remember: [
    "Open **Notes** (the button above) and add it: a note stays linked to this conversation.",
    "**Search** (press / or Ctrl+K) finds it again later, in notes and messages alike.",
  ],
  find: [
    "**Search** (press / or Ctrl+K) looks through all your messages and notes, and opens the exact message.",
    "The conversation list on the left can be filtered by title.",
  ],
  explain: [
    "Add a document about it to your knowledge base, and I will quote the passages that answer it, with their sources.",
    "Keep what you find in **Notes** (the button above), beside this conversation.",
    "**Search** (press / or Ctrl+K) finds what you already wrote about it.",
  ],
  other: [
    "**Notes** (the button above) keep what you learn beside this conversation.",
    "**Search** (press / or Ctrl+K) finds any message or note you wrote.",
  ],
};

const HEADINGS = ["What you can do now:", "Meanwhile:", "Here is what helps right now:"] as const;

const CONNECT = [
  "An administrator can connect a model (OpenAI, Anthropic, Google, or a local server such as Ollama, vLLM or LM Studio); then “Auto” answers with it.",
  "Once an administrator connects a model (OpenAI, Anthropic, Google, or a local one such as Ollama), “Auto” uses it for real answers.",
] as const;

/** A passage as a quote: marks of matched words in bold, at most ~320 characters, cut between words. */
function quotePassage(snippet: string): string {
  let text = snippet.replace(/\s+/g, " ").trim();
  if (text.length > 320) text = `${text.slice(0, text.lastIndexOf(" ", 317))} …`;
  return text.replace(/«([^»]*)»/g, "**$1**").replace(/[«»]/g, "");
}

/**
 * The offline tutor's answer. With passages from the knowledge base it quotes them, cited [n],
 * and says they are quotes, not a model's answer. Without, it says plainly that no model is
 * connected and points to what Xentree can do for this kind of question. Worded per question.
 */
export function composeOfflineAnswer(
  question: string,
  passages: Passage[],
  searchedKnowledge = true,
  check: WritingCheck | null = null,
): string {
  const pick = picker(question);
  const quote = quoteQuestion(question);
  if (check?.status === "scored") return composeCheckAnswer(check, pick);
  if (passages.length > 0) {
    const quotes = passages
      .slice(0, 3)
      .map((p, i) => `> ${quotePassage(p.snippet)}\n\n— *${p.title}* [${i + 1}]`)
      .join("\n\n");
    const lead = pick([
      `Your knowledge base has this on ${closeQuote(quote)}`,
      "Here is what your knowledge base says about it:",
      `From your knowledge base, on ${closeQuote(quote)}`,
    ]);
    const honest = pick([
      "These are quotes from your documents: no language model is connected to summarise them.",
      "No language model is connected, so I quote your documents rather than answer in my own words.",
    ]);
    return `${lead}\n\n${quotes}\n\n${honest}`;
  }
  const intent = intentOf(question);
  const intro = pick(INTROS[intent])(quote);
  const found = check
    ? " The text after your request has fewer than 30 words: too few for the offline evaluator to score honestly."
    : searchedKnowledge && intent !== "greeting" && intent !== "thanks"
      ? ` ${pick(NOTHING_FOUND)}`
      : "";
  return [
    `${intro}${found}`,
    "",
    pick(HONEST),
    "",
    pick(HEADINGS),
    ...TIPS[intent].map((tip) => `- ${tip}`),
    "",
    pick(CONNECT),
  ].join("\n");
}

/** The offline evaluator's verdict on a text pasted into the chat, said as what it is. */
function composeCheckAnswer(check: WritingCheck, pick: ReturnType<typeof picker>): string {
  const issues = check.top_issues.map((i) => {
    const fix = i.suggestion ? ` Try “${escapeMarkdown(i.suggestion)}”.` : "";
    const message = escapeMarkdown(i.message).replace(/(?<![.!?…])$/, ".");
    return `- “${quoteQuestion(i.quote)}” (${i.category}): ${message}${fix}`;
  });
  const more = check.issue_count - check.top_issues.length;
  return [
    pick([
      "No language model is connected, so Xentree's offline evaluator checked your text: a grammar and spelling checker with rules for learners' errors, and scores from a model fitted on essays scored by human raters.",
      "Here is what Xentree's offline evaluator found (no language model is connected: it is a checker with learner-error rules, and scores fitted on essays scored by human raters).",
    ]),
    "",
    `**Overall: ${check.overall?.toFixed(1)} of 5** · estimated level **${check.cefr_level}** (a rough estimate from the overall score)`,
    "",
    ...(issues.length > 0
      ? [
          check.issue_count === 1 ? "The issue it found:" : "The first issues it found:",
          ...issues,
          ...(more > 0 ? [`- …and ${more} more.`] : []),
        ]
      : ["It found no issues, which does not mean there are none: it misses some errors."]),
    "",
    `${EVALUATE_LINK} shows every issue in place, the six criteria and what to work on next, and keeps the evaluation.`,
  ].join("\n");
}
