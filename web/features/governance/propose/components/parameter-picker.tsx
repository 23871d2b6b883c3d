import { PARAMETER_KEYS, type ParameterKey } from "../../../../../economy/parameters.ts";
import { describeParameter } from "../../../../lib/parameters.ts";

export interface ParameterPickerProps {
  picked: readonly ParameterKey[];
  onPick: (key: ParameterKey) => void;
}

/** One select for the governed parameters not picked yet; picking adds a row below. */
export function ParameterPicker({ picked, onPick }: ParameterPickerProps) {
  const left = PARAMETER_KEYS.filter((k) => !picked.includes(k));
  return (
    <label className="propose-picker">
      <span>Add a parameter to change</span>
      <select
        value=""
        onChange={(e) => {
          if (e.target.value) onPick(e.target.value as ParameterKey);
        }}
        disabled={left.length === 0}
      >
        <option value="">
          {left.length === 0 ? "Every parameter is picked" : "Choose a parameter…"}
        </option>
        {left.map((key) => (
          <option key={key} value={key}>
            {key}: {describeParameter(key)}
          </option>
        ))}
      </select>
    </label>
  );
}
