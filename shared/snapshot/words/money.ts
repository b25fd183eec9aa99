// Metric amounts for public sentences: money only through the public policy, counts as they are.
import { metricNoun, metricText } from '../../format';
import { type PublicPolicy, publicMoneyWriter } from '../public-policy';

/** `$12,000 revenue`, `12 demos`; null when the metric is money and amounts are not published. */
export function publicMetricText(
  metric: string,
  value: number,
  policy: PublicPolicy,
): string | null {
  return metricText(metric, value, publicMoneyWriter(policy));
}

/** `Revenue`, `New pipeline`, `Demos`: a metric's noun starting a sentence. */
export function nounFirst(metric: string): string {
  const noun = metricNoun(metric, 2);
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}
