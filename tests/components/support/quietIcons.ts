// SharePoint and Teams register the Fluent icon font; jsdom does not. Silence the warnings.
import { setIconOptions } from '@fluentui/react/lib/Styling';

setIconOptions({ disableWarnings: true });
