// node scripts/evaluator/error-check.ts [set.txt …] [--missed] [--corpus]
// The error-detection part of bench:evaluator alone, for working on the rules: recall and false
// alarms per annotated set (--missed lists what was not found), and with --corpus every
// error-category issue the checker raises on correct English prose (the project's docs, the specs,
// every README under node_modules), which should be none.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { checkText } from "../../server/xel/evaluator/check.ts";
import { loadCheckers } from "../../server/xel/evaluator/checkers.ts";
import { harperIssues } from "../../server/xel/evaluator/harper-issues.ts";
import { ERROR_SETS, readErrorSet, scoreErrorSet } from "./error-set.ts";

const args = process.argv.slice(2);
const sets = args.filter((a) => !a.startsWith("--"));
const checkers = await loadCheckers();

for (const file of sets.length ? sets : ERROR_SETS.map(([, f]) => f)) {
  const r = await scoreErrorSet(checkers, readErrorSet(file));
  const cats = Object.entries(r.byCategory)
    .map(([c, v]) => `${c} ${v.found}/${v.errors}`)
    .join(", ");
  console.log(
    `${file}: recall ${r.found}/${r.errors} = ${((100 * r.found) / r.errors).toFixed(0)}%`,
  );
  console.log(`  by category: ${cats}`);
  console.log(`  false alarms: ${r.falseAlarms.length}`);
  for (const f of r.falseAlarms)
    console.log(`    text ${f.text + 1} "${f.words}" (${f.issue.category}: ${f.issue.message})`);
  if (args.includes("--missed"))
    for (const m of r.missed) console.log(`  missed ${m.category}: ${m.wrong}`);
}

if (args.includes("--corpus")) {
  const root = path.resolve(import.meta.dirname, "../..");
  const files = [
    ...readdirSync(path.join(root, "docs")).map((f) => path.join(root, "docs", f)),
    ...readdirSync("/work/shared/spec").map((f) => path.join("/work/shared/spec", f)),
    ...readmes(path.join(root, "node_modules")),
  ].filter((f) => f.endsWith(".md"));
  let words = 0;
  let alarms = 0;
  for (const file of files) {
    for (const para of prose(readFileSync(file, "utf8"))) {
      words += para.split(/\s+/).length;
      const { issues } = await checkText(checkers, para);
      // Harper's own findings on technical prose are mostly product names; only the
      // part-of-speech rules are judged here.
      const harper = await harperIssues(checkers, para);
      const ours = issues.filter(
        (x) =>
          x.category !== "style" &&
          !harper.some((h) => h.start === x.start && h.end === x.end && h.message === x.message),
      );
      for (const i of ours) {
        alarms++;
        const at = Math.max(0, i.start - 40);
        console.log(
          `  ${path.relative(root, file)}: "${para.slice(at, i.end + 30).replace(/\s+/g, " ")}" → "${para.slice(i.start, i.end)}" (${i.category}: ${i.message})`,
        );
      }
    }
  }
  console.log(`corpus: ${files.length} files, ${words} words, ${alarms} alarms`);
}

function readmes(dir: string, depth = 0): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (/^readme\.md$/i.test(name)) out.push(p);
    else if (
      depth < 3 &&
      !name.startsWith(".") &&
      statSync(p, { throwIfNoEntry: false })?.isDirectory()
    )
      out.push(...readmes(p, depth + 1));
  }
  return out;
}

/** Paragraphs of running prose: no code blocks, tables, headings, lists of links or HTML. */
function prose(md: string): string[] {
  return md
    .replace(/```[\s\S]*?```/g, "\n\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\n/g, " ").trim())
    .filter((p) => /^[A-Z][^|<>#`]*[.!?]$/.test(p) && p.split(/\s+/).length >= 8)
    .map((p) => p.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_]/g, ""));
}
