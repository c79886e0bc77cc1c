// Minimal stand-in for @microsoft/sp-core-library under jest (the real one needs SharePoint's loader).
export class Version {
  public static parse(value: string): Version {
    return new Version(value);
  }
  private constructor(public readonly value: string) {}
  public toString(): string {
    return this.value;
  }
}

export enum DisplayMode {
  Read = 1,
  Edit = 2
}
