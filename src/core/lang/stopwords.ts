// The most frequent short words of each language, enough to tell languages apart in a post.

export const STOPWORDS: Record<string, string> = {
  en: 'the and is are was were to of in it that this for with you on not have has be but what how can do does my your i we they there if or an at from just about any would should',
  fi: 'ja on ei se että ole oli mutta kun jos niin tämä mitä miten onko kuin myös vielä nyt sitä siitä olen olet ovat minä mä sä meillä teillä joka mikä voi kanssa tai jo vain ihan kyllä koska eikä',
  sv: 'och är att det som en ett inte jag på för med har av till om så men kan vi hur var eller någon de den du mycket bara också efter nu vad när här skulle hade',
  da: 'og er at det som en et ikke jeg på for med har af til om så men kan vi hvordan eller nogen de den du meget bare også efter nu hvad når',
  no: 'og er at det som en et ikke jeg på for med har av til om så men kan vi hvordan eller noen de den du veldig bare også etter nå hva når',
  de: 'und ist der die das nicht ich ein eine zu mit auf für von es sich auch wie was wir sie dass aber oder bei noch',
  nl: 'en is de het een niet ik van te dat op voor met zijn er maar ook hoe wat wij ze als bij nog',
  fr: 'et est le la les un une de des du pas je que qui pour avec sur dans ce il elle nous vous mais ou comment',
  es: 'y es el la los las un una de del que no en por para con se lo su pero como qué muy',
  it: 'e è il la le un una di che non per con si mi ma come del della sono anche',
  pt: 'e é o a os as um uma de do da que não em para com se mas como muito',
  et: 'ja on ei see et oli kui aga ka mis kas ma sa nii veel siis tema',
  pl: 'i jest nie w na że to się z do jak co ale tak czy mam',
  ru: 'и в не на что это как я с он по но из у за от то так все всё же мы вы они бы ли для есть уже только когда если или',
  uk: 'і в не на що це як я з він по але із у за від то так все ж ми ви вони б для є вже тільки коли якщо або',
  bg: 'и в не на че това как аз с той по но от за е са се да ще като има',
};
