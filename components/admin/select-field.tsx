/** Classes of the dashboard's form fields. */
export const fieldClass =
  'rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500';

/** One choice of a {@link SelectField}. */
export interface SelectOption {
  value: string;
  label: string;
  /** Language of the label, when it differs from the page's (language names). */
  lang?: string;
}

export interface SelectFieldProps {
  label: string;
  name: string;
  defaultValue: string;
  options: readonly SelectOption[];
  /** Label of a first "all" choice with the empty value, for filters. */
  allLabel?: string;
  /** Extra classes of the select. */
  className?: string;
}

/** A labelled select of the dashboard's forms (filters, moderation). */
export function SelectField({ label, name, defaultValue, options, allLabel, className }: SelectFieldProps) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <select name={name} defaultValue={defaultValue} className={className ? `${fieldClass} ${className}` : fieldClass}>
        {allLabel === undefined ? null : <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} {...(option.lang ? { lang: option.lang } : {})}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
