/** Verb forms for the rules' suggestions: third person singular, past and past participle. */

// base: [past, past participle] for the irregular verbs learners use most.
const IRREGULAR: Record<string, [string, string]> = {
  be: ["was", "been"],
  have: ["had", "had"],
  do: ["did", "done"],
  go: ["went", "gone"],
  say: ["said", "said"],
  make: ["made", "made"],
  get: ["got", "gotten"],
  know: ["knew", "known"],
  think: ["thought", "thought"],
  take: ["took", "taken"],
  see: ["saw", "seen"],
  come: ["came", "come"],
  give: ["gave", "given"],
  find: ["found", "found"],
  tell: ["told", "told"],
  become: ["became", "become"],
  leave: ["left", "left"],
  feel: ["felt", "felt"],
  bring: ["brought", "brought"],
  begin: ["began", "begun"],
  keep: ["kept", "kept"],
  hold: ["held", "held"],
  write: ["wrote", "written"],
  stand: ["stood", "stood"],
  hear: ["heard", "heard"],
  let: ["let", "let"],
  mean: ["meant", "meant"],
  set: ["set", "set"],
  meet: ["met", "met"],
  run: ["ran", "run"],
  pay: ["paid", "paid"],
  sit: ["sat", "sat"],
  speak: ["spoke", "spoken"],
  lie: ["lay", "lain"],
  lead: ["led", "led"],
  read: ["read", "read"],
  grow: ["grew", "grown"],
  lose: ["lost", "lost"],
  fall: ["fell", "fallen"],
  send: ["sent", "sent"],
  build: ["built", "built"],
  understand: ["understood", "understood"],
  draw: ["drew", "drawn"],
  break: ["broke", "broken"],
  spend: ["spent", "spent"],
  cut: ["cut", "cut"],
  rise: ["rose", "risen"],
  drive: ["drove", "driven"],
  buy: ["bought", "bought"],
  wear: ["wore", "worn"],
  choose: ["chose", "chosen"],
  eat: ["ate", "eaten"],
  drink: ["drank", "drunk"],
  teach: ["taught", "taught"],
  catch: ["caught", "caught"],
  fight: ["fought", "fought"],
  throw: ["threw", "thrown"],
  sleep: ["slept", "slept"],
  win: ["won", "won"],
  sell: ["sold", "sold"],
  forget: ["forgot", "forgotten"],
  fly: ["flew", "flown"],
  swim: ["swam", "swum"],
  sing: ["sang", "sung"],
  ride: ["rode", "ridden"],
  steal: ["stole", "stolen"],
  feed: ["fed", "fed"],
  hurt: ["hurt", "hurt"],
  put: ["put", "put"],
  learn: ["learned", "learned"],
};

const PAST_TO_BASE = new Map<string, string>();
const PARTICIPLE = new Set<string>();
for (const [base, [past, pp]] of Object.entries(IRREGULAR)) {
  PAST_TO_BASE.set(past, base);
  PARTICIPLE.add(pp);
}

export function thirdPerson(base: string): string {
  if (base === "be") return "is";
  if (base === "have") return "has";
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return base + "es";
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + "ies";
  return base + "s";
}

function regularPast(base: string): string {
  if (base.endsWith("e")) return base + "d";
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + "ied";
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(base)) return base + base.at(-1) + "ed";
  return base + "ed";
}

export function pastOf(base: string): string {
  return IRREGULAR[base]?.[0] ?? regularPast(base);
}

export function participleOf(base: string): string {
  return IRREGULAR[base]?.[1] ?? regularPast(base);
}

/** An irregular simple past used where a participle belongs ("have went"); its participle. */
export function participleForPast(word: string): string | null {
  const base = PAST_TO_BASE.get(word);
  if (!base || PARTICIPLE.has(word)) return null;
  return participleOf(base);
}

export function isIrregularPast(word: string): boolean {
  return PAST_TO_BASE.has(word);
}
