import { MethodologyParameters } from '@app/surveys';
import { MeanWithInterval, meanWithInterval } from './summary-statistics';
import { NpsWithInterval, npsWithInterval } from './nps';
import type { RunningTotals } from './running-totals';

export interface EnterpriseFigures {
  n: number;
  csi: MeanWithInterval | null;
  cli: MeanWithInterval | null;
  nps: NpsWithInterval | null;
  complaintRate: number | null;
  drivers: {
    image: MeanWithInterval | null;
    expectations: MeanWithInterval | null;
    quality: MeanWithInterval | null;
    value: MeanWithInterval | null;
  };
}

/** Every published figure of one enterprise, from its running totals alone. */
export function enterpriseFigures(t: RunningTotals, p: MethodologyParameters): EnterpriseFigures {
  const interval = (c: keyof RunningTotals['constructs']) => meanWithInterval(t.constructs[c], p.confidence);
  return {
    n: t.n,
    csi: interval('satisfaction'),
    cli: interval('loyalty'),
    nps: npsWithInterval(t.promoters, t.passives, t.detractors, p.npsZ),
    complaintRate: t.complaintAnswered === 0 ? null : t.complaints / t.complaintAnswered,
    drivers: {
      image: interval('image'),
      expectations: interval('expectations'),
      quality: interval('quality'),
      value: interval('value'),
    },
  };
}
