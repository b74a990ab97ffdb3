export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Math.max(...values) overflows the call stack on an hour's samples (hundreds of thousands). */
export function largest(values: number[]): number {
  return values.reduce((a, b) => Math.max(a, b), -Infinity);
}
