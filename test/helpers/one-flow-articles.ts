import type { KbArticle } from './kb-articles.js'

/**
 * One flow, North Korean artillery shells to Russia, reported on the same day in every language
 * armsgraph reads (our own sentences, a real public fact): the extractions must agree on the
 * actor ids and categories, so the store consolidates them into one event.
 */
export const ONE_FLOW: Record<string, { title: string; body: string }> = {
  en: {
    title: 'North Korea ships artillery shells to Russia',
    body: "North Korea has delivered artillery shells to Russia, South Korea's defence ministry said on Friday.",
  },
  fr: {
    title: 'La Corée du Nord livre des obus à la Russie',
    body: "La Corée du Nord a livré des obus d'artillerie à la Russie, a indiqué vendredi le ministère sud-coréen de la Défense.",
  },
  de: {
    title: 'Nordkorea liefert Granaten an Russland',
    body: 'Nordkorea hat Artilleriegranaten an Russland geliefert, teilte das südkoreanische Verteidigungsministerium am Freitag mit.',
  },
  es: {
    title: 'Corea del Norte envía proyectiles a Rusia',
    body: 'Corea del Norte ha entregado proyectiles de artillería a Rusia, informó el viernes el Ministerio de Defensa surcoreano.',
  },
  ru: {
    title: 'КНДР передала России снаряды',
    body: 'Северная Корея передала России артиллерийские снаряды, сообщило в пятницу министерство обороны Южной Кореи.',
  },
  uk: {
    title: 'КНДР передала Росії снаряди',
    body: "Північна Корея передала Росії артилерійські снаряди, повідомило в п'ятницю міністерство оборони Південної Кореї.",
  },
  ko: {
    title: '북한, 러시아에 포탄 제공',
    body: '북한이 러시아에 포탄을 제공했다고 한국 국방부가 금요일 밝혔다.',
  },
  zh: {
    title: '朝鲜向俄罗斯提供炮弹',
    body: '韩国国防部周五表示，朝鲜已向俄罗斯提供了炮弹。',
  },
  ar: {
    title: 'كوريا الشمالية ترسل قذائف مدفعية إلى روسيا',
    body: 'قالت وزارة الدفاع الكورية الجنوبية يوم الجمعة إن كوريا الشمالية سلمت قذائف مدفعية إلى روسيا.',
  },
  fa: {
    title: 'کره شمالی به روسیه گلوله توپ داد',
    body: 'وزارت دفاع کره جنوبی روز جمعه اعلام کرد که کره شمالی به روسیه گلوله‌های توپ تحویل داده است.',
  },
}

export function oneFlowArticles(): KbArticle[] {
  return Object.entries(ONE_FLOW).map(([lang, a]) => ({
    key: `one-flow-${lang}`,
    title: a.title,
    text: a.body,
    url: `https://wire-${lang}.example/2023/10/13/shells`,
    publisher: `Wire ${lang.toUpperCase()}`,
    publisherCountry: 'KR',
    published: '2023-10-13',
  }))
}
