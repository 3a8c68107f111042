import { z } from "zod";
import { AppError } from "./errors";

/** `limit` (default 20, at most 100) and an opaque `cursor`, as every list of the contract takes. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      next_cursor: z
        .string()
        .nullable()
        .meta({ description: "Pass as `cursor` for the next page; null at the end" }),
    })
    .meta({ id });
}

export type Page<T> = { items: T[]; next_cursor: string | null };

/**
 * Keyset cursors: the sort key of the last item, opaque to clients. Unlike offsets they stay
 * right when rows are added or removed between pages.
 */
function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

const UUID = z.uuid();
const isoRoundTrips = (value: string) => {
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
};
const CURSOR_KEYS = {
  // Exactly as toISOString wrote it, so PostgreSQL never sees an impossible date (February 30).
  timestamp: z.tuple([z.string().refine((v) => isoRoundTrips(v)), UUID]),
  // Sort texts are names (at most a few hundred characters, no NUL: PostgreSQL text cannot hold one).
  text: z.tuple([
    z
      .string()
      .max(500)
      .regex(/^[^\0]*$/),
    UUID,
  ]),
} as const;

/**
 * The key a cursor carries, checked against the shape its list sorts by (a timestamp or a text,
 * then an id): a forged cursor is a 400, never a value cast inside a query.
 */
export function decodeCursor(
  cursor: string | undefined,
  sortedBy: keyof typeof CURSOR_KEYS,
): [string, string] | null {
  if (cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString());
  } catch {
    key = undefined;
  }
  const parsed = CURSOR_KEYS[sortedBy].safeParse(key);
  if (parsed.success) return parsed.data;
  throw AppError.validation([
    { path: "query.cursor", message: "This cursor is not valid; start again without it" },
  ]);
}

/** Cuts one extra fetched row into the page and the cursor that follows it. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  keyOf: (row: Row) => (string | number)[],
): Page<Item> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  return { items: shown.map(toItem), next_cursor: more && last ? encodeCursor(keyOf(last)) : null };
}
