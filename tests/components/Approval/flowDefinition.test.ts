// The Power Automate flow definition must keep matching the SharePoint schema it works on.
import * as fs from 'fs';
import * as path from 'path';
import { listSpec } from '../../../src/data/schema/schema';

const flow = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../sharepoint/flows/definition.json'), 'utf8'));
const definition = flow.properties.definition;

/** Every action of the definition, nested branches included, by name. */
function allActions(actions: Record<string, Record<string, unknown>>, into: Record<string, Record<string, unknown>> = {}): Record<string, Record<string, unknown>> {
  Object.keys(actions).forEach((name) => {
    into[name] = actions[name];
    const nested = actions[name] as { actions?: Record<string, Record<string, unknown>>; else?: { actions?: Record<string, Record<string, unknown>> } };
    if (nested.actions) allActions(nested.actions, into);
    if (nested.else && nested.else.actions) allActions(nested.else.actions, into);
  });
  return into;
}

const actions = allActions(definition.actions);
const operation = (a: Record<string, unknown>): string | undefined => (a.inputs as { host?: { operationId?: string } } | undefined)?.host?.operationId;
const params = (a: Record<string, unknown>): Record<string, unknown> => (a.inputs as { parameters: Record<string, unknown> }).parameters;

describe('Power Automate approval flow definition', () => {
  it('is triggered by new items in the snapshot list, which has content approval', () => {
    const trigger = definition.triggers.When_an_item_is_created;
    expect(trigger.inputs.host.operationId).toBe('GetOnNewItems');
    expect(trigger.inputs.parameters.table).toBe(listSpec('snapshots').title);
    expect(listSpec('snapshots').moderated).toBe(true);
  });

  it('waits for an approval assigned to the approvers', () => {
    const approval = actions.Start_and_wait_for_an_approval;
    expect(operation(approval)).toBe('StartAndWaitForAnApproval');
    expect(params(approval)['WebhookApprovalCreationInput/assignedTo']).toBe("@parameters('Approvers (gits_Approvers)')");
  });

  it('sets the content approval status from the outcome, only while still pending', () => {
    const setters = Object.keys(actions).filter((name) => operation(actions[name]) === 'SetApprovalStatus');
    expect(setters.map((name) => params(actions[name]).approvalAction).sort()).toEqual(['Approve', 'Reject']);
    setters.forEach((name) => expect(params(actions[name]).table).toBe('GitsSnapshots'));
    expect(JSON.stringify(actions.Still_pending_and_not_decided_by_the_submitter.expression)).toContain('Pending');
  });

  it('writes log entries and header states with the schema’s list, column and choice names', () => {
    const log = listSpec('approvalLog');
    const logColumns = log.columns.map((c) => c.name);
    const actionChoices = log.columns.filter((c) => c.name === 'Action')[0].choices;
    const logWrites = Object.keys(actions).filter((name) => operation(actions[name]) === 'PostItem');
    expect(logWrites).toHaveLength(2);
    logWrites.forEach((name) => {
      const p = params(actions[name]);
      expect(p.table).toBe(log.title);
      Object.keys(p)
        .filter((k) => k.startsWith('item/') && k !== 'item/Title')
        .forEach((k) => expect(logColumns).toContain(k.split('/')[1]));
      expect(actionChoices).toContain(p['item/Action/Value']);
    });
    const states = listSpec('reports').columns.filter((c) => c.name === 'ApprovalState')[0].choices;
    Object.keys(actions)
      .filter((name) => operation(actions[name]) === 'HttpRequest')
      .forEach((name) => {
        const p = params(actions[name]);
        expect(p['parameters/uri']).toContain(`getByTitle('${listSpec('reports').title}')`);
        expect(states).toContain(JSON.parse(p['parameters/body'] as string).ApprovalState);
      });
  });

  it('reads only columns the snapshot list has', () => {
    // 'value' is the trigger's item array (splitOn), the rest are item properties.
    const columns = ['value', 'ID', 'Author', '{Link}', ...listSpec('snapshots').columns.map((c) => c.name)];
    const used = JSON.stringify(flow).match(/triggerOutputs\(\)\?\['body\/([^'\]/]+)/g) ?? [];
    expect(used.length).toBeGreaterThan(0);
    used.forEach((u) => expect(columns).toContain(u.replace("triggerOutputs()?['body/", '')));
  });
});
