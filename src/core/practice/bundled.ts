// The scenario packs that ship with Hearken, one per language, written for the project.
import en from './scenarios/en.json';
import fi from './scenarios/fi.json';
import ru from './scenarios/ru.json';
import sv from './scenarios/sv.json';
import { parseScenarioPack, type ScenarioPack } from './scenario-pack';

export const BUNDLED_PACK_FILES: readonly unknown[] = [en, ru, fi, sv];

export function bundledPacks(): ScenarioPack[] {
  return BUNDLED_PACK_FILES.map((file) => {
    const parsed = parseScenarioPack(file);
    if (!parsed.ok) throw new Error(`a bundled scenario pack is invalid: ${parsed.errors.join('; ')}`);
    return parsed.pack;
  });
}
