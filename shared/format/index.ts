// Public entry of formatting: decimal half-up rounding, numbers, money, percentages, days, rows and metric wording.
export { formatDay, formatDayRange, formatIsoDay } from './days';
export {
  currencySymbol,
  formatCount,
  formatMoney,
  formatNumber,
  formatPct,
  formatTenths,
} from './numbers';
export { dropFloatDust, round1, roundTo, toFixedHalfUp } from './round';
export { formatRows, rowsSuffix, sourcesSuffix } from './sources';
export {
  amountText,
  formatMetric,
  metricNoun,
  metricText,
  type MoneyText,
  moneyIn,
  plural,
} from './words';
