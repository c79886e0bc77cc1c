/**
 * SharePoint's OData v3 `$filter` dialect: eq ne gt ge lt le, and or not, parentheses,
 * startswith(Field,'x'), substringof('x',Field), string/number/boolean/null literals,
 * datetime'...' literals and lookup projections (Report/Id). A small recursive-descent
 * parser (see docs/decisions/localsp.md for why not a library).
 */
import { SpError, SpErrors } from '../errors';

export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Literal =
  | { kind: 'literal'; type: 'string'; value: string }
  | { kind: 'literal'; type: 'number'; value: number }
  | { kind: 'literal'; type: 'boolean'; value: boolean }
  | { kind: 'literal'; type: 'datetime'; value: number }
  | { kind: 'literal'; type: 'null'; value: undefined };

export interface IFieldRef {
  kind: 'field';
  /** Path segments, e.g. ['Report', 'Id']. */
  path: string[];
}

export type Operand = Literal | IFieldRef;

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr }
  | { kind: 'cmp'; op: ComparisonOp; left: Operand; right: Operand }
  | { kind: 'func'; name: 'startswith' | 'substringof' | 'endswith'; field: IFieldRef; text: string };

type Token =
  | { t: 'ident'; v: string }
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'datetime'; v: string }
  | { t: 'guid'; v: string }
  | { t: '(' | ')' | ',' }
  | { t: 'end' };

function invalid(filter: string): SpError {
  return SpErrors.badQuery(`The expression "${filter}" is not valid.`);
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: c });
      i++;
      continue;
    }
    if (c === "'") {
      const [text, next] = readQuoted(src, i);
      tokens.push({ t: 'string', v: text });
      i = next;
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(src.slice(i));
    if (num && (c === '-' || /\d/.test(c))) {
      tokens.push({ t: 'number', v: parseFloat(num[0].replace(/[LlMmDdFf]$/, '')) });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_./]*/.exec(src.slice(i));
    if (id) {
      i += id[0].length;
      const word = id[0];
      if ((word === 'datetime' || word === 'guid' || word === 'datetimeoffset') && src[i] === "'") {
        const [text, next] = readQuoted(src, i);
        tokens.push(word === 'guid' ? { t: 'guid', v: text } : { t: 'datetime', v: text });
        i = next;
      } else {
        tokens.push({ t: 'ident', v: word });
      }
      continue;
    }
    throw invalid(src);
  }
  tokens.push({ t: 'end' });
  return tokens;

  function readQuoted(s: string, start: number): [string, number] {
    let j = start + 1;
    let out = '';
    for (;;) {
      if (j >= s.length) {
        throw invalid(s);
      }
      if (s[j] === "'") {
        if (s[j + 1] === "'") {
          out += "'";
          j += 2;
          continue;
        }
        return [out, j + 1];
      }
      out += s[j];
      j++;
    }
  }
}

const COMPARISONS: ComparisonOp[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

export function parseFilter(src: string): FilterExpr {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token => tokens[pos];
  const next = (): Token => tokens[pos++];
  const isWord = (tok: Token, w: string): boolean => tok.t === 'ident' && tok.v.toLowerCase() === w;
  const expect = (t: Token['t']): Token => {
    const tok = next();
    if (tok.t !== t) {
      throw invalid(src);
    }
    return tok;
  };

  function parseOr(): FilterExpr {
    let left = parseAnd();
    while (isWord(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  }
  function parseAnd(): FilterExpr {
    let left = parseUnary();
    while (isWord(peek(), 'and')) {
      next();
      left = { kind: 'and', left, right: parseUnary() };
    }
    return left;
  }
  function parseUnary(): FilterExpr {
    if (isWord(peek(), 'not')) {
      next();
      return { kind: 'not', expr: parseUnary() };
    }
    return parsePrimary();
  }
  function parsePrimary(): FilterExpr {
    const tok = peek();
    if (tok.t === '(') {
      next();
      const e = parseOr();
      expect(')');
      return e;
    }
    if (tok.t === 'ident' && tokens[pos + 1].t === '(') {
      const name = tok.v.toLowerCase();
      if (name === 'startswith' || name === 'endswith') {
        next();
        next();
        const field = parseOperand();
        expect(',');
        const text = parseOperand();
        expect(')');
        if (field.kind !== 'field' || text.kind !== 'literal' || text.type !== 'string') {
          throw invalid(src);
        }
        return maybeEqTrue({ kind: 'func', name, field, text: text.value });
      }
      if (name === 'substringof') {
        next();
        next();
        const text = parseOperand();
        expect(',');
        const field = parseOperand();
        expect(')');
        if (field.kind !== 'field' || text.kind !== 'literal' || text.type !== 'string') {
          throw invalid(src);
        }
        return maybeEqTrue({ kind: 'func', name: 'substringof', field, text: text.value });
      }
      throw SpErrors.badQuery(`The query is not valid. Unsupported function '${tok.v}'.`);
    }
    const left = parseOperand();
    const opTok = next();
    if (opTok.t !== 'ident' || COMPARISONS.indexOf(opTok.v.toLowerCase() as ComparisonOp) < 0) {
      throw invalid(src);
    }
    const right = parseOperand();
    return { kind: 'cmp', op: opTok.v.toLowerCase() as ComparisonOp, left, right };
  }
  /** `startswith(Title,'a') eq true` is accepted as SharePoint does. */
  function maybeEqTrue(e: FilterExpr): FilterExpr {
    if (isWord(peek(), 'eq') || isWord(peek(), 'ne')) {
      const negate = isWord(next(), 'ne');
      const v = parseOperand();
      if (v.kind !== 'literal' || v.type !== 'boolean') {
        throw invalid(src);
      }
      return v.value !== negate ? e : { kind: 'not', expr: e };
    }
    return e;
  }
  function parseOperand(): Operand {
    const tok = next();
    switch (tok.t) {
      case 'string':
        return { kind: 'literal', type: 'string', value: tok.v };
      case 'number':
        return { kind: 'literal', type: 'number', value: tok.v };
      case 'guid':
        return { kind: 'literal', type: 'string', value: tok.v };
      case 'datetime': {
        const ms = Date.parse(/Z|[+-]\d\d:?\d\d$/.test(tok.v) ? tok.v : tok.v + 'Z');
        if (isNaN(ms)) {
          throw invalid(src);
        }
        return { kind: 'literal', type: 'datetime', value: ms };
      }
      case 'ident': {
        const lower = tok.v.toLowerCase();
        if (lower === 'true' || lower === 'false') {
          return { kind: 'literal', type: 'boolean', value: lower === 'true' };
        }
        if (lower === 'null') {
          return { kind: 'literal', type: 'null', value: undefined };
        }
        return { kind: 'field', path: tok.v.split('/') };
      }
      default:
        throw invalid(src);
    }
  }

  const expr = parseOr();
  if (peek().t !== 'end') {
    throw invalid(src);
  }
  return expr;
}

/** The left-most clause of a top-level AND chain: the one SharePoint uses to pick an index. */
export function firstClause(expr: FilterExpr): FilterExpr {
  return expr.kind === 'and' ? firstClause(expr.left) : expr;
}

/** Every field path referenced by the expression. */
export function fieldPaths(expr: FilterExpr): string[][] {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return fieldPaths(expr.left).concat(fieldPaths(expr.right));
    case 'not':
      return fieldPaths(expr.expr);
    case 'func':
      return [expr.field.path];
    case 'cmp':
      return [expr.left, expr.right].filter((o): o is IFieldRef => o.kind === 'field').map((o) => o.path);
  }
}

export type ValueKind = 'text' | 'number' | 'datetime' | 'boolean';

/** Supplies typed values of an item's fields to the evaluator. */
export interface IValueResolver {
  kindOf(path: string[]): ValueKind;
  valueOf(path: string[]): unknown;
}

/** Turns a stored or literal value into a comparable: lower-case text, number, epoch ms, 0/1. */
export function normalize(kind: ValueKind, v: unknown): string | number | undefined {
  if (v === undefined || v === null || v === '') {
    return undefined;
  }
  switch (kind) {
    case 'number':
      return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : isNaN(Number(v)) ? undefined : Number(v);
    case 'datetime':
      return typeof v === 'number' ? v : Date.parse(String(v));
    case 'boolean':
      return v === true || v === 1 || String(v).toLowerCase() === 'true' || v === '1' ? 1 : 0;
    default:
      return String(v).toLowerCase();
  }
}

function literalValue(l: Literal): unknown {
  return l.value;
}

export function evaluate(expr: FilterExpr, r: IValueResolver): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluate(expr.left, r) && evaluate(expr.right, r);
    case 'or':
      return evaluate(expr.left, r) || evaluate(expr.right, r);
    case 'not':
      return !evaluate(expr.expr, r);
    case 'func': {
      const v = normalize('text', r.valueOf(expr.field.path));
      const t = expr.text.toLowerCase();
      if (typeof v !== 'string') {
        return false;
      }
      return expr.name === 'startswith' ? v.indexOf(t) === 0 : expr.name === 'endswith' ? v.slice(-t.length) === t : v.indexOf(t) >= 0;
    }
    case 'cmp': {
      const { left, right } = expr;
      const kind: ValueKind =
        left.kind === 'field' ? r.kindOf(left.path) : right.kind === 'field' ? r.kindOf(right.path) : left.type === 'datetime' ? 'datetime' : 'text';
      const a = normalize(kind, left.kind === 'field' ? r.valueOf(left.path) : literalValue(left));
      const b = normalize(kind, right.kind === 'field' ? r.valueOf(right.path) : literalValue(right));
      return compare(expr.op, a, b);
    }
  }
}

export function compare(op: ComparisonOp, a: string | number | undefined, b: string | number | undefined): boolean {
  if (a === undefined || b === undefined) {
    // SharePoint (CAML IsNull) semantics: only eq/ne with null are meaningful.
    if (op === 'eq') {
      return a === b;
    }
    if (op === 'ne') {
      return a !== b;
    }
    return false;
  }
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
  }
}
