import {createRequire} from 'node:module'
import type {Countries} from 'world-countries'

// The package's types describe an ES default export, its entry is CommonJS: require it as such.
const countries = createRequire(import.meta.url)('world-countries') as Countries

/**
 * Words for peoples that name no country, so `world-countries` lacks them:
 * continents, regions, peoples without a state of their own, and the nouns
 * for peoples whose country's demonym is another word ("Serb" beside
 * "Serbian", "Uzbek" beside "Uzbekistani").
 */
const supranational = [
  'African', 'Arab', 'Asian', 'Caribbean', 'European', 'Latino', 'Hispanic', 'Western', 'Scandinavian', 'Balkan',
  'Baltic', 'Scottish', 'Welsh', 'English', 'Catalan', 'Basque', 'Kurd', 'Kurdish', 'Tibetan', 'Uyghur', 'Uighur', 'Tamil',
  'Rohingya', 'Pashtun', 'Berber', 'Bedouin', 'Druze', 'Serb', 'Croat', 'Bosniak', 'Bosnian', 'Kosovar', 'Hutu', 'Tutsi',
  'Yazidi', 'Hazara', 'Baloch', 'Sindhi', 'Punjabi', 'Bengali', 'Kashmiri', 'Sinhalese', 'Uzbek', 'Kazakh', 'Tajik',
  'Kyrgyz', 'Chechen', 'Tatar', 'Maori', 'Igbo', 'Yoruba', 'Hausa', 'Zulu', 'Xhosa', 'Amhara', 'Oromo', 'Tigrayan',
  'Nepali', 'Sikh'
]

/** Demonyms whose plural is the same word ("the French", "the Swiss"). */
const uncountable = /(ese|ish|ch|ss)$/

function buildDemonyms(): ReadonlySet<string> {
  const words = new Set<string>()
  const add = (word: string): void => {
    if (!/^\p{Lu}/u.test(word)) return
    words.add(word)
    if (!uncountable.test(word)) words.add(word + 's')
  }
  for (const country of countries) {
    const english = country.demonyms['eng']
    if (!english) continue
    for (const form of [english.m, english.f]) {
      // "South Korean", "Sri Lankan": the last word is what stands before a name or a noun.
      for (const part of form.split(/ or |, /)) add(part.split(' ').at(-1)!)
    }
  }
  for (const word of supranational) add(word)
  return words
}

/**
 * Nationality and regional adjectives of English ("Kenyan", "Kenyans",
 * "South Korean" -> "Korean"), from the English demonyms of every country in
 * the `world-countries` data set (mledoze/countries, ODbL) plus the peoples it
 * cannot list.
 */
export const demonyms: ReadonlySet<string> = buildDemonyms()

function buildPlaces(): ReadonlySet<string> {
  const names = new Set<string>()
  for (const country of countries) {
    names.add(country.name.common)
    for (const capital of country.capital) names.add(capital)
  }
  return names
}

/**
 * Country names and capitals, which stand for governments in news copy
 * ("Ottawa said", "Brazil rejected the offer"): a bare one is an
 * organisation, not a person, from the same `world-countries` data set.
 */
export const places: ReadonlySet<string> = buildPlaces()

/**
 * Short codes of countries and unions that name a body's national arm inside
 * its name ("Age UK Leeds", "Acme USA Holdings"); no person's name holds one.
 */
export const countryCodes: ReadonlySet<string> = new Set(['UK', 'US', 'USA', 'UAE', 'EU', 'UN', 'NZ', 'PRC', 'DRC'])
