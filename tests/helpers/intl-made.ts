/**
 * Records every `Intl.DateTimeFormat` and `Intl.NumberFormat` made until `restore()`: `date [args]`, `number [args]`.
 */
export function recordIntlMade(): { made: string[]; restore: () => void } {
  const made: string[] = [];
  const real = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat };
  const counted = <T extends object>(name: string, Real: T) =>
    new Proxy(Real, {
      construct(target, args: unknown[]) {
        made.push(`${name} ${JSON.stringify(args)}`);
        return Reflect.construct(target as new (...a: unknown[]) => object, args);
      },
    });
  Object.assign(Intl, {
    DateTimeFormat: counted('date', real.DateTimeFormat),
    NumberFormat: counted('number', real.NumberFormat),
  });
  return { made, restore: () => Object.assign(Intl, real) };
}
