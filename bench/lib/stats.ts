// Latency and error counts per action, printed as a table.
export class Stats {
  private readonly times = new Map<string, number[]>();
  private readonly errors = new Map<string, Map<string, number>>();

  record(action: string, ms: number, error?: string) {
    if (error) {
      const byKind = this.errors.get(action) ?? new Map<string, number>();
      byKind.set(error, (byKind.get(error) ?? 0) + 1);
      this.errors.set(action, byKind);
    }
    const list = this.times.get(action) ?? [];
    list.push(ms);
    this.times.set(action, list);
  }

  get totalErrors() {
    let n = 0;
    for (const byKind of this.errors.values()) for (const c of byKind.values()) n += c;
    return n;
  }

  get totalRequests() {
    let n = 0;
    for (const list of this.times.values()) n += list.length;
    return n;
  }

  print(seconds: number) {
    const rows = [...this.times.entries()].sort(([a], [b]) => a.localeCompare(b));
    console.log(
      `${"action".padEnd(26)} ${"requests".padStart(9)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)}`,
    );
    for (const [action, list] of rows) {
      const sorted = [...list].sort((a, b) => a - b);
      const at = (q: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      const errors = [...(this.errors.get(action)?.values() ?? [])].reduce((a, b) => a + b, 0);
      console.log(
        `${action.padEnd(26)} ${String(list.length).padStart(9)} ${(list.length / seconds).toFixed(1).padStart(8)} ${at(0.5).toFixed(0).padStart(8)} ${at(0.95).toFixed(0).padStart(8)} ${at(0.99).toFixed(0).padStart(8)} ${String(errors).padStart(7)}`,
      );
    }
    console.log(
      `${"total".padEnd(26)} ${String(this.totalRequests).padStart(9)} ${(this.totalRequests / seconds).toFixed(1).padStart(8)} ${"".padStart(26)} ${String(this.totalErrors).padStart(7)}`,
    );
    for (const [action, byKind] of this.errors) {
      for (const [kind, count] of byKind) console.log(`  error ${action}: ${kind} × ${count}`);
    }
  }
}
