// node scripts/evaluator/harper-rules.ts — which of Harper's ≈900 rules ever fire on learner
// English: the ELLIPSE essays (../shared/data/ellipse-dev) and the tuning set of annotated learner
// texts (never the held-out sets). Writes server/xel/evaluator/harper-rules.json; checkers.ts turns
// only those rules on. Each rule costs time on every text (all rules: ≈85 ms CPU for 400 words;
// none: ≈17 ms), and a rule that never fired on ≈400,000 words of learner writing is one the
// learner will rarely miss. On the essays the checker's output is unchanged, so the fitted model
// is too.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { format } from "prettier";
import { LocalLinter, Dialect } from "harper.js";
import { binary } from "harper.js/binary";
import { readErrorSet } from "./error-set.ts";
import { readEssays } from "./essays.ts";

const harper = new LocalLinter({ binary, dialect: Dialect.American });
await harper.setup();
const texts = [
  ...readEssays().map((e) => e.text),
  ...readErrorSet("learner-errors.txt").flatMap((t) => [t.learner, t.corrected]),
];
const fired = new Map<string, number>();
for (const [i, text] of texts.entries()) {
  const organized = await harper.organizedLints(text, { language: "plaintext" });
  for (const [rule, lints] of Object.entries(organized))
    if (lints.length > 0) fired.set(rule, (fired.get(rule) ?? 0) + lints.length);
  if ((i + 1) % 200 === 0) process.stderr.write(`harper rules: ${i + 1}/${texts.length}\n`);
}
const all = Object.keys(await harper.getLintConfig());
const rules = [...fired.keys()].filter((r) => all.includes(r)).sort();
const out = path.resolve(import.meta.dirname, "../../server/xel/evaluator/harper-rules.json");
const json = JSON.stringify({
  about: `Harper rules that fired on ${texts.length} learner texts (scripts/evaluator/harper-rules.ts); the others are off.`,
  rules,
});
writeFileSync(out, await format(json, { parser: "json", printWidth: 100 }));
console.log(
  `${rules.length} of ${all.length} rules fired; wrote ${path.relative(process.cwd(), out)}`,
);
