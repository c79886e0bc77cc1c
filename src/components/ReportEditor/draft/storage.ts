/**
 * The unsaved draft in the browser's localStorage, so a reload, a crash or a lost connection
 * never loses typing. One entry per object, quarter and user; removed after a successful save.
 */
import type { IQuarter } from '../../../domain/model';
import type { IReportDraft } from './types';

const PREFIX = 'gits-statusrapport:draft:v1';

export interface IStoredDraft {
  readonly draft: IReportDraft;
  /** The version (ETag) of the report the draft was based on. */
  readonly baseVersion: string;
  /** ISO timestamp of the last keystroke kept. */
  readonly savedAt: string;
}

/** The subset of the Web Storage API used here, so tests and private browsing can swap it. */
export interface IDraftStorageBackend {
  getItem(key: string): string | null; // eslint-disable-line @rushstack/no-new-null
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function draftStorageKey(objectKey: string, period: IQuarter, userKey: string): string {
  return `${PREFIX}:${encodeURIComponent(objectKey)}:${period.year}Q${period.quarter}:${encodeURIComponent(userKey.toLowerCase())}`;
}

/** localStorage when the browser allows it (it throws in some privacy modes), else undefined. */
export function browserStorage(): IDraftStorageBackend | undefined {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

function isStoredDraft(value: unknown): value is IStoredDraft {
  const v = value as IStoredDraft;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.baseVersion === 'string' &&
    typeof v.savedAt === 'string' &&
    typeof v.draft === 'object' &&
    v.draft !== null &&
    typeof v.draft.header === 'object' &&
    Array.isArray(v.draft.kpis) &&
    Array.isArray(v.draft.events)
  );
}

/** A draft kept before judgements existed: every judgement "not assessed", the economy's from its assessment. */
function withJudgements(entry: IStoredDraft): IStoredDraft {
  if (entry.draft.judgements) {
    return entry;
  }
  const none = { status: 'notAssessed' as const, comment: '' };
  const economy = { status: entry.draft.economy.assessment, comment: '' };
  return { ...entry, draft: { ...entry.draft, judgements: { overall: none, delivery: none, economy, resources: none, risks: none } } };
}

export class DraftStore {
  public constructor(private readonly _backend: IDraftStorageBackend | undefined, private readonly _key: string) {}

  public read(): IStoredDraft | undefined {
    if (!this._backend) {
      return undefined;
    }
    try {
      const text = this._backend.getItem(this._key);
      if (!text) {
        return undefined;
      }
      const parsed: unknown = JSON.parse(text);
      return isStoredDraft(parsed) ? withJudgements(parsed) : undefined;
    } catch {
      // A corrupt entry is worth less than a working editor.
      return undefined;
    }
  }

  /** Keeps the draft; false when the browser refused (quota, privacy mode). */
  public write(entry: IStoredDraft): boolean {
    if (!this._backend) {
      return false;
    }
    try {
      this._backend.setItem(this._key, JSON.stringify(entry));
      return true;
    } catch {
      return false;
    }
  }

  public clear(): void {
    try {
      if (this._backend) {
        this._backend.removeItem(this._key);
      }
    } catch {
      // Nothing to do: the entry will be offered again and can be discarded then.
    }
  }
}
