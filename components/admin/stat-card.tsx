export interface StatCardProps {
  label: string;
  value: string;
  /** The same figure for the previous period, already worded. */
  previous: string;
}

/** One headline figure with the previous period's beside it. */
export function StatCard({ label, value, previous }: StatCardProps) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <dt className="text-sm text-slate-700 dark:text-slate-300">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-slate-900 dark:text-white">{value}</dd>
      <dd className="mt-1 text-xs text-slate-600 dark:text-slate-400">{previous}</dd>
    </div>
  );
}
