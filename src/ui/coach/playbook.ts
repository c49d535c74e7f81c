// The playbook the coach works with: the one the person saved, else the bundled demo.
import demoPlaybook from '../../core/demo-playbook.json';
import { parsePlaybook, type Playbook } from '../../core/playbook';
import { readSetting } from '../../platform/settings';

export const PLAYBOOK_KEY = 'playbook';

export async function loadPlaybook(): Promise<Playbook> {
  const stored = await readSetting(PLAYBOOK_KEY).catch(() => undefined);
  if (stored !== undefined) {
    const parsed = parsePlaybook(stored);
    if (parsed.ok) return parsed.playbook;
  }
  const demo = parsePlaybook(demoPlaybook);
  if (!demo.ok) throw new Error(`bundled demo playbook is invalid: ${demo.errors.join('; ')}`);
  return demo.playbook;
}
