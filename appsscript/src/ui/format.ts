// Number formatting for the sidebar (runs in the browser, so Intl is fine here).

export function money(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(value);
  } catch {
    return `${currency} ${Math.round(value).toLocaleString()}`;
  }
}

export function pct(value: number | null): string {
  return value === null ? '–' : `${value.toFixed(0)}%`;
}

export function count(value: number): string {
  return Math.round(value).toLocaleString();
}

/** Money to the cent where there are cents: statements must add up by hand. */
export function moneyExact(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(value);
  } catch {
    return `${currency} ${value.toFixed(2)}`;
  }
}
