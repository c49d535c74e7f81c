import { describe, expect, it } from 'vitest';
import { checkDraft, type CheckInput } from './check-draft';
import { LABELLED_PERSONA } from './labelled-drafts';
import type { RuleId } from './messages';

const persona = LABELLED_PERSONA;
const rules = (input: Partial<CheckInput> & { draft: string }) =>
  checkDraft({ platform: 'forum', persona, brandTerms: ['Acme', 'Acme Notes'], competitorTerms: ['Globex'], ...input }).findings.map((f) => f.rule);
const fires = (rule: RuleId, input: Partial<CheckInput> & { draft: string }) => expect(rules(input)).toContain(rule);
const quiet = (rule: RuleId, input: Partial<CheckInput> & { draft: string }) => expect(rules(input)).not.toContain(rule);

describe('length', () => {
  it('counts X drafts as twitter-text does: a URL is 23, CJK and emoji 2', () => {
    const r = checkDraft({ draft: 'See https://example.com/a/very/long/path/that/goes/on 日本 😀', platform: 'x' });
    expect(r.length).toEqual({ count: 4 + 23 + 1 + 4 + 1 + 2, limit: 280 });
  });
  it('gives LinkedIn 1,250, Reddit 10,000 and forums no limit, always with the count', () => {
    expect(checkDraft({ draft: 'å'.repeat(1251), platform: 'linkedin' }).findings.map((f) => f.rule)).toContain('too-long');
    expect(checkDraft({ draft: 'å'.repeat(1250), platform: 'linkedin' }).length).toEqual({ count: 1250, limit: 1250 });
    expect(checkDraft({ draft: 'x', platform: 'reddit' }).length.limit).toBe(10_000);
    expect(checkDraft({ draft: 'ok then', platform: 'hn' }).length).toEqual({ count: 7, limit: null });
  });
  it('handles a 1 MB paste quickly with a clear too-long finding', () => {
    const big = 'Tämä on pitkä lause, jossa ei ole mitään erityistä. '.repeat(20_000);
    const t = performance.now();
    const x = checkDraft({ draft: big, platform: 'x', post: { text: 'Miten tämä toimii?' }, persona });
    const forum = checkDraft({ draft: big, platform: 'forum', persona });
    expect(performance.now() - t).toBeLessThan(5000);
    expect(x.findings[0]?.rule).toBe('too-long');
    expect(x.findings[0]?.message).toMatch(/280/);
    expect(forum.findings.map((f) => f.rule)).toContain('too-long');
    expect(forum.ok).toBe(false);
  });
  it('gives an empty draft a clear finding and score 0, not an exception', () => {
    const r = checkDraft({ draft: '  ', platform: 'x', uiLang: 'sv' });
    expect(r.ok).toBe(false);
    expect(r.score).toBe(0);
    expect(r.findings[0]?.message).toMatch(/tomt/);
  });
});

describe('rules in four languages', () => {
  it('hard-sell: pushes fire, help and answers to buyers do not', () => {
    fires('hard-sell', { draft: 'Grab it now, 30% off with promo code NOTES30!' });
    fires('hard-sell', { draft: 'Успейте оформить подписку со скидкой, только сегодня.' });
    fires('hard-sell', { draft: 'Varaa demo, niin näytän kaiken.' });
    fires('hard-sell', { draft: 'Passa på, rabatten gäller bara idag.' });
    quiet('hard-sell', { draft: "You don't need to buy anything: the free exporter handles PDF." });
    quiet('hard-sell', { draft: 'Hinta on 6 euroa kuukaudessa, ja ilmainen kokeilu kestää 30 päivää.', post: { text: 'Paljonko tämä maksaa?' } });
    quiet('hard-sell', { draft: 'Reagera gärna om det inte funkar, så tittar vi på det.', lang: 'sv' });
  });
  it('missing-disclosure: praise of our own without saying so; any language disclosure counts', () => {
    fires('missing-disclosure', { draft: 'Acme Notes is brilliant for this.' });
    quiet('missing-disclosure', { draft: 'Full disclosure, I work there: Acme Notes is brilliant for this.' });
    quiet('missing-disclosure', { draft: 'Я работаю в Acme, поэтому скажу осторожно: Acme Notes с этим справляется.' });
    quiet('missing-disclosure', { draft: 'Olen töissä Acmella, joten olen jäävi, mutta Acme Notes kannattaa.' });
    quiet('missing-disclosure', { draft: 'Jag jobbar på Acme, så jag är partisk: Acme Notes är bäst på just det.' });
    quiet('missing-disclosure', { draft: 'Acme Notes is brilliant for this.', persona: { ...persona, affiliated: false } });
  });
  it('shouting: capitals and !!! runs, not a single acronym', () => {
    fires('shouting', { draft: 'THIS IS THE BEST UPDATE EVER' });
    fires('shouting', { draft: 'Ну наконец-то!!!' });
    quiet('shouting', { draft: 'The PDF export works over the API too, see the FAQ.' });
    quiet('shouting', { draft: 'Toimii! Kiitos vinkistä.' });
  });
  it('defensive: blame fires; acknowledging does not', () => {
    const post = { text: 'Your update deleted my notes, this is unacceptable.' };
    fires('defensive', { draft: 'Works fine for everyone else, read the manual.', post });
    fires('defensive', { draft: 'Сами виноваты, надо было сделать копию.', post: { text: 'Всё пропало, ужасное обновление!' } });
    fires('defensive', { draft: 'Oma vika, olisit lukenut ohjeet.', post: { text: 'Päivitys on surkea.' } });
    fires('defensive', { draft: 'Det är ditt eget fel, läs manualen.', post: { text: 'Uppdateringen är usel.' } });
    quiet('defensive', { draft: "Sorry, losing notes is awful. They're in Archive → Restore; I'll stay on it until they're back.", post });
  });
  it('link-first: a bare link or a link before any help', () => {
    fires('link-first', { draft: 'https://acme.com/help' });
    fires('link-first', { draft: 'Katso: https://acme.com/ohje' });
    quiet('link-first', { draft: 'Öppna anteckningen, välj Arkiv → Exportera → PDF och spara. Steg för steg med bilder finns här: https://acme.com/hjalp' });
  });
  it('self-focused: we/our far more than you', () => {
    fires('self-focused', { draft: 'Мы в Acme гордимся нашей командой: мы делаем наш продукт лучше, и наши клиенты нас любят.' });
    quiet('self-focused', { draft: 'I think your best bet is to export your notes first; I did the same when I moved.' });
  });
  it('sensitive-topic: fires when the draft ploughs on, not when it slows down and escalates', () => {
    const post = { text: 'Laddaren exploderade och jag fick brännskador.' };
    fires('sensitive-topic', { draft: 'Kolla in våra nya laddare, de är ännu bättre!', post });
    quiet('sensitive-topic', { draft: 'Jag är så ledsen. Sluta använda laddaren; jag har skickat vidare det till vårt säkerhetsteam som kontaktar dig i dag.', post });
  });
  it('ignores-question and not-personal: a reply must pick up what was asked', () => {
    const post = { text: 'Voiko muistikirjan jakaa ilman tiliä?' };
    fires('ignores-question', { draft: 'Kiitos yhteydenotosta, autamme mielellämme!', post });
    fires('not-personal', { draft: 'Kiitos yhteydenotosta, autamme mielellämme!', post });
    quiet('ignores-question', { draft: 'Voi: valitse Jaa ja laita linkkijako päälle.', post });
    quiet('not-personal', { draft: 'Voi: valitse Jaa ja laita linkkijako päälle, niin muistikirja aukeaa ilman tiliä.', post });
  });
});

describe('messages and score', () => {
  it('explains why in the ui language and ranks what would improve it most', () => {
    const r = checkDraft({ draft: 'BUY NOW!!!', platform: 'x', uiLang: 'ru' });
    expect(r.findings.every((f) => /[А-Яа-я]/.test(f.message))).toBe(true);
    expect(r.improvements.length).toBeGreaterThanOrEqual(1);
    expect(r.improvements.length).toBeLessThanOrEqual(3);
    expect(r.score).toBeLessThan(60);
  });
  it('defaults the message language to the draft language', () => {
    const r = checkDraft({ draft: 'Köp nu, bara idag!', platform: 'x' });
    expect(r.findings[0]?.message).toMatch(/köp/i);
  });
});
