import { type Pattern, prep } from "./phrase-kit.ts";

/** Prepositions learners get wrong: verb, adjective and noun collocations, time and place. */
const DAYS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays";
const MONTHS = "january|february|march|april|june|july|august|september|october|november|december";
const SUBJECTS =
  "math|maths|mathematics|english|science|sports|sport|football|chess|drawing|music|languages|physics|chemistry|history|biology|geography|art|painting|singing|dancing|swimming";

export const PREPOSITION_PATTERNS: Pattern[] = [
  prep("L=discuss about", "$0", "“Discuss” takes a direct object: no “about”."),
  prep("L=emphasize|emphasise on", "$0", "“Emphasize” takes a direct object: no “on”."),
  prep("L=depend of|from", "$0 on", "We say “depend on”."),
  prep("interested about|for|on|at", "interested in", "We say “interested in”."),
  prep("L=marry with", "$0 to", "We say “married to”."),
  prep("L=arrive to", "$0 at", "We say “arrive at” (a place) or “arrive in” (a city)."),
  prep("L=listen P=DET|NOUN|PROPN|PRON", "$0 to $1", "We say “listen to” something."),
  prep("L=explain me|him|her|us|them", "$0 to $1", "We say “explain (something) to someone”."),
  prep("L=wait me|him|her|us|them", "$0 for $1", "We say “wait for someone”."),
  prep("in home", "at home", "We say “at home”."),
  prep("L=go to home", "$0 home", "We say “go home”, without “to”."),
  prep("in the other hand", "on the other hand", "The phrase is “on the other hand”."),
  prep("on my|our|his|her|their opinion", "in $1 opinion", "The phrase is “in my opinion”."),
  prep(
    "in my|our|his|her|their point of view",
    "from $1 point of view",
    "The phrase is “from my point of view”.",
  ),
  prep("according with|of", "according to", "The phrase is “according to”."),
  prep("L=focus in", "$0 on", "We say “focus on”."),
  prep("afraid from", "afraid of", "We say “afraid of”."),
  prep("responsible of", "responsible for", "We say “responsible for”."),
  prep("capable to", "capable of", "We say “capable of” + -ing."),
  prep("in the internet", "on the internet", "We say “on the internet”."),
  prep("in the same time", "at the same time", "The phrase is “at the same time”."),
  prep(
    "at the morning|afternoon|evening",
    "in the $2",
    "We say “in the morning/afternoon/evening”.",
  ),
  prep("in night", "at night", "We say “at night”."),
  prep("similar with", "similar to", "We say “similar to”."),
  prep("famous of", "famous for", "We say “famous for”."),
  prep("proud on|for", "proud of", "We say “proud of”."),
  prep("L=pay attention on|at", "$0 $1 to", "We say “pay attention to”."),
  prep("L=take care about", "$0 care of", "We say “take care of”."),
  prep("L=enter to|in|into P=DET|PROPN|NOUN", "$0 $2", "“Enter” takes a direct object."),
  prep("L=reach to P=DET|PROPN|NOUN|PRON", "$0 $2", "“Reach” takes a direct object."),
  prep("L=succeed to", "$0 in", "We say “succeed in” + -ing."),
  prep(`in|at ${DAYS}`, "on $1", "We say “on” with days: “on Monday”, “on Sundays”."),
  prep(`on|at ${MONTHS} P=PUNCT|CCONJ|ADP`, "in $1", "We say “in” with months: “in March”.", 2),
  prep("on P=NUM", "in $1", "We say “in” with years: “in 2009”."),
  prep(
    "at|on summer|winter|spring|autumn P=PUNCT|PRON|DET|CCONJ|ADP",
    "in $1",
    "We say “in” with seasons: “in summer”.",
    2,
  ),
  prep(
    "since|during P=NUM years|months|weeks|days|hours|minutes",
    "for $1 $2",
    "Use “for” with a length of time: “for ten years” (“since” goes with a starting point: “since 2015”).",
  ),
  prep("angry on", "angry with", "We say “angry with” someone."),
  prep("L=talk|speak|chat in the phone", "$0 on the phone", "We say “on the phone”."),
  prep(
    `good|bad|better|best|worse|great|excellent in ${SUBJECTS}`,
    "$0 at $2",
    "We say “good at” a subject or an activity.",
  ),
];
