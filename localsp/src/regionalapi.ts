/**
 * `web/RegionalSettings` and `web/RegionalSettings/TimeZone` as entities (with `$expand=TimeZone`
 * and `$select` on the settings), in the shapes of pnp/pnpcore's recordings
 * (SharePoint/MockData/WebTests/GetRegionalSettingsPlusTimeZoneTest-0-00002.response.json).
 */
import { Entity } from './format';
import { ITimeZone, regionalSettingsProps, timeZoneProps } from './regional';

export function regionalEntity(kind: 'regionalsettings' | 'timezone', lcid: number, tz: ITimeZone, expand: string | null, select?: string | null): Entity {
  const timeZone = new Entity('SP.TimeZone', 'Web/RegionalSettings/TimeZone', timeZoneProps(tz, lcid));
  if (kind === 'timezone') {
    return timeZone;
  }
  const props: Record<string, unknown> = regionalSettingsProps(lcid);
  if (/(^|,)\s*timezone\s*(,|$)/i.test(expand || '')) {
    props.TimeZone = timeZone;
  }
  const wanted = (select || '').split(',').map((x) => x.trim()).filter((x) => x && x !== '*');
  if (wanted.length) {
    Object.keys(props).forEach((k) => {
      if (wanted.indexOf(k) < 0) {
        delete props[k];
      }
    });
  }
  return new Entity('SP.RegionalSettings', 'Web/RegionalSettings', props);
}
