import { describe, expect, it } from 'vitest'
import { publisherCountry } from './publisher-country.js'
import { testData } from './test-builders.js'

describe('publisherCountry', () => {
  const data = testData()

  it.each([
    ['https://en.yna.co.kr/view/AEN1', 'KR'],
    ['https://www.lemonde.fr/international/article/x.html', 'FR'],
    ['https://www.reuters.com/world/asia-pacific/x', 'GB'],
    ['https://apnews.com/article/x', 'US'],
    ['https://kyivindependent.com/x', 'UA'],
    ['https://tass.ru/politika/1', 'RU'],
    ['http://kcna.kp/en/article/q/1.kcmsd', 'KP'],
    ['https://meduza.io/en/news/x', 'LV'],
  ])('knows the outlet at %s', (url, country) => {
    expect(publisherCountry(data, { url })).toBe(country)
  })

  it.each([
    ['https://journal.example.fr/a', 'FR'],
    ['https://news.example.co.kr/a', 'KR'],
    ['https://paper.example.co.uk/a', 'GB'],
    ['https://EXAMPLE.DE./a', 'DE'],
    ['https://startup.example.io/a', null],
    ['https://channel.example.tv/a', null],
    ['https://example.com/a', null],
    ['https://example.eu/a', null],
    ['http://127.0.0.1:8080/a', null],
    ['http://[::1]/a', null],
    ['not a url', null],
  ])('falls back on the country-code TLD of %s', (url, country) => {
    expect(publisherCountry(data, { url })).toBe(country)
  })

  it('matches publisher names case-insensitively, whole or piece by piece', () => {
    expect(publisherCountry(data, { names: ['AFP'] })).toBe('FR')
    expect(publisherCountry(data, { names: ['yonhap   news agency'] })).toBe('KR')
    expect(publisherCountry(data, { names: ['Yonhap News Agency - North Korea'] })).toBe('KR')
    expect(publisherCountry(data, { names: ['World news | Reuters'] })).toBe('GB')
    expect(publisherCountry(data, { names: ['The Daily Nobody'] })).toBeNull()
  })

  it('tries names in order, after the host and before the TLD', () => {
    expect(publisherCountry(data, { names: [null, 'Xinhua'] })).toBe('CN')
    // A Reuters story mirrored on a French site is still counted for the site that published it.
    expect(publisherCountry(data, { url: 'https://lemonde.fr/x', names: ['Reuters'] })).toBe('FR')
    expect(publisherCountry(data, { url: 'https://blog.example.de/x', names: ['Kyodo'] })).toBe(
      'JP',
    )
  })

  it('lets an explicit country win over everything', () => {
    const clues = { explicit: 'ua', url: 'https://tass.ru/x', names: ['TASS'] }
    expect(publisherCountry(data, clues)).toBe('UA')
  })

  it('only names countries that exist in states.yaml', () => {
    for (const p of data.publishers.publishers) expect(data.states[p.country], p.name).toBeDefined()
  })
})
