/** `values` with `value` added (at the end) or taken out: what a ticked or unticked checkbox makes of a choice. */
export function toggled<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values.filter((other) => other !== value), value] : values.filter((other) => other !== value);
}
