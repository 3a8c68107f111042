"use client";

import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";

export type DataColumn<T> = {
  /** The column's title; in card form, the label before the value. */
  header: string;
  cell: (item: T) => ReactNode;
  /** Tailwind classes for the table cell (width, nowrap). */
  className?: string;
};

/**
 * A list of records that is a table where there is room and stacked cards where there is not
 * (a phone, or a narrow column): every value and every action stays visible, and nothing scrolls
 * sideways. The switch follows the list's own width (`minTableWidth`), not the window's, so it
 * also holds beside a sidebar. The first column is the record's title in card form.
 */
export function DataList<T>({
  items,
  columns,
  actions,
  getKey,
  label,
  minTableWidth = 720,
  testId,
  rowTestId,
}: {
  items: readonly T[];
  columns: ReadonlyArray<DataColumn<T>>;
  /** Buttons for a record: the last column of the table, the foot of its card. */
  actions?: (item: T) => ReactNode;
  getKey: (item: T) => string;
  /** What the list holds, for screen readers ("Members"). */
  label: string;
  minTableWidth?: number;
  testId?: string;
  rowTestId?: (item: T) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const asCards = width !== null && width < minTableWidth;
  const [first, ...rest] = columns;

  return (
    <div ref={ref} className="min-w-0" data-layout={asCards ? "cards" : "table"}>
      {asCards ? (
        <ul aria-label={label} className="flex flex-col gap-3" data-testid={testId}>
          {items.map((item) => (
            <li
              key={getKey(item)}
              className="rounded-lg border border-border bg-bg p-4"
              data-testid={rowTestId?.(item)}
            >
              {first && <div className="min-w-0 break-words">{first.cell(item)}</div>}
              {rest.length > 0 && (
                <dl className="mt-3 grid grid-cols-[minmax(5.5rem,auto)_minmax(0,1fr)] items-center gap-x-4 gap-y-2 text-sm">
                  {rest.map((column) => (
                    <div key={column.header} className="contents">
                      <dt className="text-muted">{column.header}</dt>
                      <dd className="min-w-0 break-words">{column.cell(item)}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {actions && (
                <div className="mt-3 flex flex-wrap justify-end gap-2 border-t border-border pt-3 empty:hidden">
                  {actions(item)}
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <div className="overflow-hidden rounded-lg border border-border">
          <table className="w-full text-sm" aria-label={label} data-testid={testId}>
            <thead className="bg-surface text-left text-xs text-muted">
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col" className="px-4 py-2.5 font-medium">
                    {column.header}
                  </th>
                ))}
                {actions && (
                  <th scope="col" className="px-4 py-2.5">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {items.map((item) => (
                <tr key={getKey(item)} data-testid={rowTestId?.(item)} className="align-middle">
                  {columns.map((column) => (
                    <td key={column.header} className={cn("px-4 py-3", column.className)}>
                      {column.cell(item)}
                    </td>
                  ))}
                  {actions && (
                    <td className="px-4 py-3">
                      <div className="flex justify-end gap-2">{actions(item)}</div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
