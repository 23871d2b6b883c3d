/** Radio buttons styled as one control (the range picker's pattern), for small choices. */
export function Segmented<T extends number | string>({
  legend,
  name,
  options,
  value,
  onChange,
  label,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  onChange: (v: T) => void;
  label: (v: T) => string;
}) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o}>
          <input
            type="radio"
            name={name}
            value={o}
            checked={o === value}
            onChange={() => onChange(o)}
          />
          <span>{label(o)}</span>
        </label>
      ))}
    </fieldset>
  );
}
