// The bundled value-first templates, written in each language rather than translated.
// Families: answer first, share a resource or experience, acknowledge and fix, thank and add
// something, connect to the right person, step back. Every one has a slot that must come from the post.
import type { Template } from '../playbook';

export const TEMPLATE_FAMILIES = ['answer-first', 'share-experience', 'acknowledge-fix', 'thank-add', 'connect', 'step-back'] as const;

export const BUNDLED_TEMPLATES: readonly Template[] = [
  // English
  { id: 'en-answer-first', intent: ['question'], lang: 'en', title: 'Answer the question first', text: "{author}, the short answer on {topic}: {need}. If that doesn't fit your setup, tell me what you've tried and I'll look further. {disclosure}" },
  { id: 'en-share-experience', intent: ['question', 'buying', 'other'], lang: 'en', title: 'Share a resource or experience', text: "{author}, I ran into the same thing with {topic}. What helped: {need}. Happy to go into more detail if it's useful. {disclosure}" },
  { id: 'en-acknowledge-fix', intent: ['complaint'], lang: 'en', title: 'Acknowledge and fix', text: "{author}, sorry about {topic}, that's frustrating. This should fix it: {need}. If it doesn't, reply here and I'll follow it up myself. {disclosure}" },
  { id: 'en-thank-add', intent: ['praise'], lang: 'en', title: 'Thank and add something', text: 'Thank you, {author}! Glad to hear {topic} worked out. One tip you might like: {need}. {disclosure}' },
  { id: 'en-connect', intent: ['question', 'complaint', 'buying'], lang: 'en', title: 'Connect to the right person', text: "{author}, the colleague who owns {topic} can answer this best. I've passed your message on and they'll reply right here, so you won't have to repeat yourself. {name}" },
  { id: 'en-step-back', intent: ['crisis', 'other'], lang: 'en', title: 'Step back and hand over', text: "{author}, I'm so sorry. This deserves care, not a quick reply: I've passed what you wrote about {topic} to the people who can act on it, and they will contact you here today. {disclosure}" },
  // Russian
  { id: 'ru-answer-first', intent: ['question'], lang: 'ru', title: 'Сначала ответ на вопрос', text: '{author}, если коротко про {topic}: {need}. Если в вашем случае это не сработает, напишите, что уже пробовали, — разберёмся дальше. {disclosure}' },
  { id: 'ru-share-experience', intent: ['question', 'buying', 'other'], lang: 'ru', title: 'Поделиться опытом или материалом', text: '{author}, знакомая ситуация: {topic}. Помогло вот что: {need}. Если пригодится, расскажу подробнее. {disclosure}' },
  { id: 'ru-acknowledge-fix', intent: ['complaint'], lang: 'ru', title: 'Признать и исправить', text: '{author}, простите, что так вышло: {topic} — это правда неприятно. Вот что должно помочь: {need}. Если не поможет, ответьте здесь, и я разберусь лично. {disclosure}' },
  { id: 'ru-thank-add', intent: ['praise'], lang: 'ru', title: 'Поблагодарить и добавить пользы', text: 'Спасибо, {author}, очень приятно это читать! Раз уж речь про {topic}, небольшой совет: {need}. {disclosure}' },
  { id: 'ru-connect', intent: ['question', 'complaint', 'buying'], lang: 'ru', title: 'Связать с нужным человеком', text: '{author}, про {topic} лучше всего расскажет коллега, который этим занимается. Ваше сообщение уже у него, он ответит прямо здесь, повторять ничего не придётся. {name}' },
  { id: 'ru-step-back', intent: ['crisis', 'other'], lang: 'ru', title: 'Не спешить и передать', text: '{author}, мне очень жаль. Это слишком важно для быстрого ответа: ваше сообщение про {topic} уже у тех, кто может всё решить, с вами свяжутся здесь сегодня. {disclosure}' },
  // Finnish
  { id: 'fi-answer-first', intent: ['question'], lang: 'fi', title: 'Vastaa ensin kysymykseen', text: '{author}, lyhyesti aiheesta {topic}: {need}. Jos tämä ei sovi tilanteeseesi, kerro mitä olet jo kokeillut, niin selvitetään lisää. {disclosure}' },
  { id: 'fi-share-experience', intent: ['question', 'buying', 'other'], lang: 'fi', title: 'Jaa kokemus tai lähde', text: '{author}, törmäsin samaan itsekin ({topic}). Minua auttoi tämä: {need}. Kerron mielelläni lisää, jos siitä on hyötyä. {disclosure}' },
  { id: 'fi-acknowledge-fix', intent: ['complaint'], lang: 'fi', title: 'Tunnusta ja korjaa', text: '{author}, pahoittelen, {topic} on todella harmillista. Tämän pitäisi auttaa: {need}. Jos ei auta, vastaa tähän, niin hoidan asian itse loppuun. {disclosure}' },
  { id: 'fi-thank-add', intent: ['praise'], lang: 'fi', title: 'Kiitä ja anna jotain lisää', text: 'Kiitos, {author}! Kiva kuulla, että {topic} toimi. Pieni vinkki vielä: {need}. {disclosure}' },
  { id: 'fi-connect', intent: ['question', 'complaint', 'buying'], lang: 'fi', title: 'Ohjaa oikealle ihmiselle', text: '{author}, aiheesta {topic} osaa kertoa parhaiten kollegani, joka vastaa siitä. Välitin viestisi hänelle, ja hän vastaa tähän ketjuun, joten sinun ei tarvitse toistaa mitään. {name}' },
  { id: 'fi-step-back', intent: ['crisis', 'other'], lang: 'fi', title: 'Hidasta ja siirrä eteenpäin', text: '{author}, olen todella pahoillani. Tämä ansaitsee huolellisen käsittelyn eikä pikaista vastausta: välitin asian ({topic}) niille, jotka voivat hoitaa sen, ja he ottavat sinuun yhteyttä täällä tänään. {disclosure}' },
  // Swedish
  { id: 'sv-answer-first', intent: ['question'], lang: 'sv', title: 'Svara på frågan först', text: '{author}, kort svar om {topic}: {need}. Passar det inte din situation, berätta vad du redan har testat så tittar vi vidare. {disclosure}' },
  { id: 'sv-share-experience', intent: ['question', 'buying', 'other'], lang: 'sv', title: 'Dela en erfarenhet eller källa', text: '{author}, jag har själv stött på samma sak ({topic}). Det som hjälpte: {need}. Berättar gärna mer om det är till nytta. {disclosure}' },
  { id: 'sv-acknowledge-fix', intent: ['complaint'], lang: 'sv', title: 'Bekräfta och åtgärda', text: '{author}, förlåt, {topic} låter verkligen frustrerande. Det här bör lösa det: {need}. Gör det inte det, svara här så följer jag upp det själv. {disclosure}' },
  { id: 'sv-thank-add', intent: ['praise'], lang: 'sv', title: 'Tacka och ge något extra', text: 'Tack, {author}! Kul att höra att {topic} fungerade. Ett litet tips till: {need}. {disclosure}' },
  { id: 'sv-connect', intent: ['question', 'complaint', 'buying'], lang: 'sv', title: 'Koppla till rätt person', text: '{author}, den som kan {topic} bäst är min kollega som ansvarar för det. Jag har skickat vidare ditt meddelande och hen svarar här i tråden, så du behöver inte upprepa något. {name}' },
  { id: 'sv-step-back', intent: ['crisis', 'other'], lang: 'sv', title: 'Sakta ner och lämna över', text: '{author}, jag är verkligen ledsen. Det här förtjänar mer omsorg än ett snabbt svar: jag har skickat vidare det du skrev om {topic} till dem som kan lösa det, och de kontaktar dig här i dag. {disclosure}' },
];
