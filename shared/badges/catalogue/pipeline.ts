// Pipeline badges: new pipeline created in a month or a quarter.
import type { BadgeDef } from '../../workbook';
import { badge } from './badge';

export const pipelineBadges: readonly BadgeDef[] = [
  badge(
    'pipeline-builder',
    'Pipeline Builder',
    'threshold',
    'new_pipeline',
    250000,
    'month',
    'silver',
    '🧱',
    '$250,000 of new pipeline created in one month.',
  ),
  badge(
    'pipeline-architect',
    'Pipeline Architect',
    'threshold',
    'new_pipeline',
    750000,
    'quarter',
    'gold',
    '🏗️',
    '$750,000 of new pipeline created in one quarter.',
  ),
];
