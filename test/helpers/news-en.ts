import { capitalise, groupThousands, person, type NewsLanguage } from './news-language.js'
import type { Prng } from './prng.js'

interface Country {
  name: string
  demonym: string
  capital: string
}

// Names, demonyms and capitals as commonly written in English-language news.
const COUNTRIES: Country[] = [
  { name: 'North Korea', demonym: 'North Korean', capital: 'Pyongyang' },
  { name: 'Russia', demonym: 'Russian', capital: 'Moscow' },
  { name: 'Iran', demonym: 'Iranian', capital: 'Tehran' },
  { name: 'Syria', demonym: 'Syrian', capital: 'Damascus' },
  { name: 'Belarus', demonym: 'Belarusian', capital: 'Minsk' },
  { name: 'China', demonym: 'Chinese', capital: 'Beijing' },
  { name: 'the United States', demonym: 'American', capital: 'Washington' },
  { name: 'France', demonym: 'French', capital: 'Paris' },
  { name: 'Germany', demonym: 'German', capital: 'Berlin' },
  { name: 'Ukraine', demonym: 'Ukrainian', capital: 'Kyiv' },
  { name: 'Poland', demonym: 'Polish', capital: 'Warsaw' },
  { name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo' },
  { name: 'India', demonym: 'Indian', capital: 'New Delhi' },
  { name: 'Turkey', demonym: 'Turkish', capital: 'Ankara' },
  { name: 'Saudi Arabia', demonym: 'Saudi', capital: 'Riyadh' },
  { name: 'the United Kingdom', demonym: 'British', capital: 'London' },
  { name: 'South Korea', demonym: 'South Korean', capital: 'Seoul' },
  { name: 'Armenia', demonym: 'Armenian', capital: 'Yerevan' },
  { name: 'Azerbaijan', demonym: 'Azerbaijani', capital: 'Baku' },
  { name: 'Pakistan', demonym: 'Pakistani', capital: 'Islamabad' },
]
const GROUPS = ['Hezbollah', 'the Houthis', 'the Wagner Group']
const WEAPONS = [
  'artillery shells',
  '155mm shells',
  'ballistic missiles',
  'attack drones',
  'main battle tanks',
  'fighter jets',
  'air defence systems',
  'assault rifles',
  'rounds of ammunition',
  'multiple rocket launchers',
  'anti-ship missiles',
  'armoured personnel carriers',
]
const SYSTEMS = ['Shahed-136 drones', 'KN-23 missiles', 'Leopard 2 tanks', 'Patriot batteries']
const MORE_SYSTEMS = ['HIMARS launchers', 'Caesar howitzers', 'Rafale jets', 'F-16s', 'S-400 units']
const MONTHS = ['January', 'March', 'May', 'June', 'August', 'September', 'October', 'December']
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

const country = (r: Prng): Country => r.pick(COUNTRIES)
const actor = (r: Prng): string => (r.chance(0.1) ? r.pick(GROUPS) : country(r).name)
const system = (r: Prng): string => r.pick(r.chance(0.5) ? SYSTEMS : MORE_SYSTEMS)

function quantity(r: Prng): string {
  const forms = [
    () => `${r.int(2, 90)} `,
    () => `${groupThousands(r.int(1000, 40000), ',')} `,
    () => `about ${r.int(2, 9)}00 `,
    () => `more than ${groupThousands(r.int(1, 20) * 500, ',')} `,
    () => r.pick(['dozens of ', 'hundreds of ', 'several ', 'a batch of ', '']),
  ]
  return r.pick(forms)()
}

function date(r: Prng): string {
  const year = r.int(2019, 2025)
  const forms = [
    () => `on ${r.int(1, 28)} ${r.pick(MONTHS)} ${year}`,
    () => `in ${r.pick(MONTHS)} ${year}`,
    () => r.pick(['last year', 'earlier this month', 'since the spring', 'last week']),
    () => `on ${r.pick(WEEKDAYS)}`,
  ]
  return r.pick(forms)()
}

function speaker(r: Prng): string {
  const c = country(r)
  const forms = [
    () => r.pick(['the White House', 'the Kremlin', 'the State Department', 'the U.N. panel']),
    () => `a spokesperson for the ${c.demonym} foreign ministry`,
    () => `${r.pick(['Defence Minister', 'Foreign Minister', 'Gen.'])} ${person(r)}`,
    () => `officials in ${c.capital}`,
  ]
  return r.pick(forms)()
}

export const newsEn: NewsLanguage = {
  code: 'en',
  headline: [
    (r) => `${capitalise(actor(r))} steps up ${r.pick(WEAPONS)} deliveries to ${actor(r)}`,
    (r) => `${capitalise(actor(r))} turns to ${actor(r)} for ${system(r)}`,
    (r) => `${capitalise(country(r).name)} denies arming ${actor(r)}`,
    (r) => `Storms disrupt rail traffic around ${country(r).capital}`,
    (r) => `${capitalise(country(r).name)} and ${country(r).name} hold talks on grain exports`,
  ],
  transfer: [
    (r) =>
      `${capitalise(actor(r))} has delivered ${quantity(r)}${r.pick(WEAPONS)} to ${actor(r)} ${date(r)}, ${speaker(r)} said.`,
    (r) =>
      `According to ${speaker(r)}, ${actor(r)} shipped ${quantity(r)}${r.pick(WEAPONS)} to ${actor(r)} ${date(r)}.`,
    (r) =>
      `${capitalise(actor(r))} received ${quantity(r)}${system(r)} from ${actor(r)} ${date(r)}.`,
    (r) =>
      `${capitalise(country(r).name)} signed a contract to supply ${actor(r)} with ${quantity(r)}${system(r)}.`,
    (r) =>
      `${capitalise(actor(r))} is seeking to buy ${r.pick(WEAPONS)} from ${actor(r)}, ${speaker(r)} said.`,
    (r) => `${capitalise(speaker(r))} denied that ${actor(r)} had sold any weapons to ${actor(r)}.`,
    (r) =>
      `${capitalise(speaker(r))} condemned the transfer of ${country(r).demonym} ${r.pick(WEAPONS)} to ${actor(r)}.`,
    (r) =>
      `${country(r).demonym} ${r.pick(WEAPONS)} have reportedly been sent to ${actor(r)} by rail and by sea.`,
    (r) =>
      `Officials in ${country(r).capital} doubt reports that ${actor(r)} obtained ${system(r)} from ${actor(r)}.`,
    (r) =>
      `${capitalise(actor(r))} allegedly provided ${actor(r)} with ${quantity(r)}containers of ${r.pick(WEAPONS)} ${date(r)}.`,
    (r) =>
      `"We have not sent a single rifle to ${actor(r)}," ${person(r)} told reporters in ${country(r).capital}.`,
    (r) =>
      `${capitalise(country(r).name)} agreed in ${r.pick(MONTHS)} to sell ${quantity(r)}${system(r)} to ${actor(r)}, pending approval by parliament.`,
  ],
  filler: [
    (r) => `The talks in ${country(r).capital} also covered trade, energy and fisheries.`,
    (r) => `Markets in ${country(r).capital} closed slightly higher on ${r.pick(WEEKDAYS)}.`,
    () => 'The ministry did not respond to a request for comment.',
    (r) =>
      `Heavy rain delayed flights at the main airport of ${country(r).capital} for several hours.`,
    (r) =>
      `${capitalise(country(r).name)} and ${country(r).name} held joint exercises near the border ${date(r)}.`,
    (r) =>
      `${capitalise(country(r).name)} showed a domestically built ${system(r)} at a military parade.`,
    (r) => `Troops from ${country(r).name} were moved closer to the frontier ${date(r)}.`,
    () => 'Analysts said the figures could not be independently verified.',
    (r) => `${person(r)}, who asked not to be named, declined to give further details.`,
    (r) =>
      `Prices for wheat and diesel rose by ${r.int(2, 19)}.${r.int(0, 9)}% over the same period.`,
    (r) => `The visit was the first by a head of state in ${r.int(3, 40)} years.`,
    () => 'The U.S. dollar weakened against the euro and the yen in afternoon trading.',
    (r) =>
      `Residents of ${country(r).capital} reported power cuts after the storm on ${r.pick(WEEKDAYS)}.`,
    () => 'The report, which runs to several annexes and tables, will be discussed next month.',
  ],
}
