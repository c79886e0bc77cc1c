/**
 * Figures derived from other figures (share of active users, year-over-year change) and a
 * checker that recomputes the derived values a report states and says whether they agree.
 */
import type { IKpiEntry, IKpiValue, IStatusReport } from '../model';
import { KPI_KEYS } from '../kpi';
import { parseNumberText } from '../numbers';

/** part / total in percent, unrounded; undefined when the total is not positive or an input is not finite. */
export function sharePercent(part: number, total: number): number | undefined {
  if (!isFinite(part) || !isFinite(total) || total <= 0) {
    return undefined;
  }
  return (part / total) * 100;
}

/** Rounds half away from zero to a number of decimals (46.664 → 46.7 with 1). */
export function roundTo(value: number, decimals: number): number {
  const factor = Math.pow(10, decimals);
  const rounded = Math.round(Math.abs(value) * factor + 1e-9) / factor;
  return value < 0 ? -rounded : rounded;
}

/** Share of active users among registered ones, in percent with one decimal as the reports state it. */
export function shareOfActiveUsers(active: number, registered: number): number | undefined {
  const share = sharePercent(active, registered);
  return share === undefined ? undefined : roundTo(share, 1);
}

/** Change from last year to this year in percent of last year's value, unrounded. */
export function changePercent(current: number, previous: number): number | undefined {
  if (!isFinite(current) || !isFinite(previous) || previous === 0) {
    return undefined;
  }
  return ((current - previous) / Math.abs(previous)) * 100;
}

/** Change from last year to this year in absolute numbers. */
export function changeAbsolute(current: number, previous: number): number | undefined {
  if (!isFinite(current) || !isFinite(previous)) {
    return undefined;
  }
  return current - previous;
}

/** Half a unit of the last stated digit: 0.05 for "46,6", 0.5 for "34". */
export function statedTolerance(decimals: number): number {
  return 0.5 * Math.pow(10, -decimals);
}

/**
 * How a stated value agrees with the computed one at the stated precision: rounded to the
 * stated digits, or truncated to them (Excel and hand calculation often cut off instead of
 * rounding: 28 852 / 61 829 = 46,66 % is stated as "46,6 %"), or not at all.
 */
export function agreementAtStatedPrecision(stated: number, decimals: number, computed: number): 'rounded' | 'truncated' | undefined {
  const unit = Math.pow(10, -decimals);
  // A tiny epsilon absorbs binary floating point noise (46.6 is not exact in binary).
  const epsilon = unit * 1e-9;
  if (Math.abs(computed - stated) <= unit / 2 + epsilon) {
    return 'rounded';
  }
  const truncated = (computed < 0 ? -1 : 1) * Math.floor(Math.abs(computed) / unit + 1e-9) * unit;
  if (Math.abs(truncated - stated) <= epsilon) {
    return 'truncated';
  }
  return undefined;
}

export type DerivedCheckId =
  | 'shareActiveUsers.current'
  | 'shareActiveUsers.previous'
  | 'activeUsersChange.percent'
  | 'activeUsersChange.absolute';

export interface IDerivedCheck {
  readonly check: DerivedCheckId;
  /** Where the stated value is, as validation paths name fields ("kpis[12].current"). */
  readonly path: string;
  /** The stated text as written. */
  readonly statedText: string;
  readonly stated: number;
  /** The computed value, unrounded. */
  readonly computed: number;
  /** Half a unit of the stated value's last digit. */
  readonly tolerance: number;
  readonly ok: boolean;
  /** How the stated value agrees with the computed one; undefined when it does not. */
  readonly agreement?: 'rounded' | 'truncated';
}

interface IStatedNumber {
  readonly value: number;
  readonly decimals: number;
  readonly text: string;
}

function stated(value: IKpiValue | undefined): IStatedNumber | undefined {
  if (!value || typeof value.text !== 'string') {
    return undefined;
  }
  const parsed = parseNumberText(value.text);
  if (!parsed.ok || parsed.qualifier !== undefined) {
    return undefined;
  }
  return { value: parsed.value, decimals: parsed.decimals, text: value.text };
}

function numberOf(value: IKpiValue | undefined): number | undefined {
  if (!value) {
    return undefined;
  }
  if (typeof value.number === 'number' && isFinite(value.number)) {
    return value.number;
  }
  const parsed = parseNumberText(value.text);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The absolute change as the reports state it at the start of the change row's comment:
 * "7 307 fler aktiva användare …" (or "… färre …", which is a decrease).
 */
function statedAbsoluteChange(comment: string): IStatedNumber | undefined {
  const parsed = parseNumberText(comment || '');
  if (!parsed.ok || parsed.qualifier === undefined || parsed.percent) {
    return undefined;
  }
  const text = comment.slice(0, comment.length - parsed.qualifier.length).trim();
  const decrease = /^färre\b/i.test(parsed.qualifier);
  return { value: decrease ? -Math.abs(parsed.value) : parsed.value, decimals: parsed.decimals, text };
}

function makeCheck(check: DerivedCheckId, path: string, statedNumber: IStatedNumber, computed: number): IDerivedCheck {
  const agreement = agreementAtStatedPrecision(statedNumber.value, statedNumber.decimals, computed);
  const result: IDerivedCheck = {
    check,
    path,
    statedText: statedNumber.text,
    stated: statedNumber.value,
    computed,
    tolerance: statedTolerance(statedNumber.decimals),
    ok: agreement !== undefined,
    ...(agreement ? { agreement } : {})
  };
  return result;
}

/**
 * Recomputes the derived figures a report states (share of active users this and last year,
 * change in active users in percent and absolute) and lists one check per stated figure whose
 * inputs are present. A report that states none gets an empty list.
 */
export function checkDerivedFigures(report: IStatusReport): IDerivedCheck[] {
  const kpis: readonly IKpiEntry[] = report && Array.isArray(report.kpis) ? report.kpis : [];
  const indexOf = (key: string): number => kpis.findIndex((entry) => entry && entry.definitionKey === key);
  const registeredIndex = indexOf(KPI_KEYS.registeredUsers);
  const activeIndex = indexOf(KPI_KEYS.activeUsers);
  const shareIndex = indexOf(KPI_KEYS.shareActiveUsers);
  const changeIndex = indexOf(KPI_KEYS.activeUsersChange);
  const registered = registeredIndex >= 0 ? kpis[registeredIndex] : undefined;
  const active = activeIndex >= 0 ? kpis[activeIndex] : undefined;
  const checks: IDerivedCheck[] = [];

  if (shareIndex >= 0 && registered && active) {
    const share = kpis[shareIndex];
    (['current', 'previous'] as const).forEach((column) => {
      const statedShare = stated(share[column]);
      const activeValue = numberOf(active[column]);
      const registeredValue = numberOf(registered[column]);
      if (statedShare && activeValue !== undefined && registeredValue !== undefined) {
        const computed = sharePercent(activeValue, registeredValue);
        if (computed !== undefined) {
          checks.push(makeCheck(`shareActiveUsers.${column}` as DerivedCheckId, `kpis[${shareIndex}].${column}`, statedShare, computed));
        }
      }
    });
  }

  if (changeIndex >= 0 && active) {
    const change = kpis[changeIndex];
    const activeNow = numberOf(active.current);
    const activeBefore = numberOf(active.previous);
    if (activeNow !== undefined && activeBefore !== undefined) {
      const statedPercent = stated(change.current);
      const computedPercent = changePercent(activeNow, activeBefore);
      if (statedPercent && computedPercent !== undefined) {
        checks.push(makeCheck('activeUsersChange.percent', `kpis[${changeIndex}].current`, statedPercent, computedPercent));
      }
      const statedAbsolute = statedAbsoluteChange(change.comment);
      if (statedAbsolute) {
        checks.push(makeCheck('activeUsersChange.absolute', `kpis[${changeIndex}].comment`, statedAbsolute, activeNow - activeBefore));
      }
    }
  }
  return checks;
}
