// Fakes of the data-validation and conditional-format builders; built rules are plain records.
import { type Rect, toA1 } from './a1';

export interface FakeValidation {
  readonly type: 'list' | 'range' | 'checkbox' | 'date' | 'numberAtLeast';
  readonly values?: readonly string[];
  readonly range?: string;
  readonly min?: number;
  readonly allowInvalid: boolean;
  readonly helpText?: string;
}

export class FakeDataValidationBuilder {
  private rule: Partial<FakeValidation> = { allowInvalid: true };

  requireValueInList(values: string[], _showDropdown?: boolean): this {
    this.rule = { ...this.rule, type: 'list', values: [...values] };
    return this;
  }
  requireValueInRange(range: {
    sheet: { name: string };
    rect: unknown;
    getA1Notation(): string;
  }): this {
    this.rule = {
      ...this.rule,
      type: 'range',
      range: `${range.sheet.name}!${range.getA1Notation()}`,
    };
    return this;
  }
  requireCheckbox(): this {
    this.rule = { ...this.rule, type: 'checkbox' };
    return this;
  }
  requireDate(): this {
    this.rule = { ...this.rule, type: 'date' };
    return this;
  }
  requireNumberGreaterThanOrEqualTo(min: number): this {
    this.rule = { ...this.rule, type: 'numberAtLeast', min };
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.rule = { ...this.rule, allowInvalid: allow };
    return this;
  }
  setHelpText(text: string): this {
    this.rule = { ...this.rule, helpText: text };
    return this;
  }
  build(): FakeValidation {
    if (!this.rule.type) throw new Error('A data validation rule needs a criterion.');
    return this.rule as FakeValidation;
  }
}

export interface FakeGradientRule {
  readonly kind: 'gradient';
  readonly points: { at: 'min' | 'mid' | 'max'; color: string; type: string; value: string }[];
  readonly ranges: string[];
}

export class FakeConditionalFormatRuleBuilder {
  private points: FakeGradientRule['points'] = [];
  private ranges: string[] = [];

  setGradientMinpointWithValue(color: string, type: string, value: string): this {
    this.points.push({ at: 'min', color, type, value });
    return this;
  }
  setGradientMidpointWithValue(color: string, type: string, value: string): this {
    this.points.push({ at: 'mid', color, type, value });
    return this;
  }
  setGradientMaxpointWithValue(color: string, type: string, value: string): this {
    this.points.push({ at: 'max', color, type, value });
    return this;
  }
  setRanges(ranges: { sheet: { name: string }; rect: Rect }[]): this {
    // Read the rectangle directly: building a rule is not a call to the spreadsheet.
    this.ranges = ranges.map((r) => toA1(r.rect));
    return this;
  }
  build(): FakeGradientRule {
    return { kind: 'gradient', points: [...this.points], ranges: [...this.ranges] };
  }
}
