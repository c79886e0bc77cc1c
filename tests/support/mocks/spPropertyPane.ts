// Property pane field factories return plain descriptions, enough to assert the pane's shape.
export interface IPropertyPaneField {
  readonly type: string;
  readonly targetProperty: string;
  readonly properties: Record<string, unknown>;
}
export type IPropertyPaneDropdownOption = { key: string; text: string };
export type IPropertyPaneConfiguration = {
  pages: Array<{ header?: { description: string }; groups: Array<{ groupName: string; groupFields: IPropertyPaneField[] }> }>;
};

const field =
  (type: string): ((targetProperty: string, properties: Record<string, unknown>) => IPropertyPaneField) =>
  (targetProperty: string, properties: Record<string, unknown>): IPropertyPaneField => ({ type, targetProperty, properties });

export const PropertyPaneTextField = field('TextField');
export const PropertyPaneDropdown = field('Dropdown');
export const PropertyPaneChoiceGroup = field('ChoiceGroup');
export const PropertyPaneToggle = field('Toggle');
