// A stand-in for BaseClientSideWebPart that follows the real lifecycle contract closely enough
// for tests: the host sets context, DOM element and properties, then calls onInit() and render().
export abstract class BaseClientSideWebPart<TProperties extends {}> {
  public context: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  private _domElement!: HTMLElement;
  private _properties!: TProperties;

  /** Test hook: what SharePoint does before onInit(). */
  public __initializeForTest(context: unknown, domElement: HTMLElement, properties: TProperties): void {
    this.context = context;
    this._domElement = domElement;
    this._properties = properties;
  }

  protected get domElement(): HTMLElement {
    return this._domElement;
  }

  protected get properties(): TProperties {
    return this._properties;
  }

  protected onInit(): Promise<void> {
    return Promise.resolve();
  }

  public abstract render(): void;

  protected onDispose(): void {
    // overridden
  }

  protected onThemeChanged(_theme: unknown): void {
    // overridden
  }

  protected onPropertyPaneConfigurationStart(): void {
    // overridden
  }

  /** Test hooks exposing protected lifecycle methods as SharePoint would call them. */
  public __onInit(): Promise<void> {
    return this.onInit();
  }
  public __dispose(): void {
    this.onDispose();
  }
  public __themeChanged(theme: unknown): void {
    this.onThemeChanged(theme);
  }
  public __propertyPaneStart(): void {
    this.onPropertyPaneConfigurationStart();
  }
}
