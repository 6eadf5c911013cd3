import type {Attribution} from '@sourcing/schema'
import {describe, expect, it} from 'vitest'
import {typeOf} from './fixtures/tag.js'

interface Row {
  text: string
  source: string
  type: Attribution['sourceType']
}

/**
 * A body's name followed by its abbreviation in brackets ("the Irish Nurses' Federation (INF)"): the
 * letters repeat the name, so the source is typed as it would be without them, figures from the body a
 * document and its plural officials a group. Look-alikes: a person's party tag in brackets.
 */
const rows: Row[] = [
  {text: 'Prices rose, according to figures from the Irish Nurses\' Federation (INF).', source: 'figures from the Irish Nurses\' Federation (INF)', type: 'document'},
  {text: 'Officials of the Metropolitan Water Supply and Sewerage Board (MWSSB) said the supply would resume.', source: 'Officials of the Metropolitan Water Supply and Sewerage Board (MWSSB)', type: 'unnamed-group'},
  {text: 'Officials of the Water Development Board (WDB) said the river had crested.', source: 'Officials of the Water Development Board (WDB)', type: 'unnamed-group'},
  {text: 'Rents rose, according to data from the Royal Institution of Chartered Surveyors (RICS).', source: 'data from the Royal Institution of Chartered Surveyors (RICS)', type: 'document'},
  {text: 'Data from the Office for National Statistics (ONS) showed wages rose.', source: 'Data from the Office for National Statistics (ONS)', type: 'document'},
  {text: 'The National Farmers\' Union (NFU) said the harvest was poor.', source: 'The National Farmers\' Union (NFU)', type: 'named-organization'},
  {text: 'The Federal Bureau of Investigation (FBI) said the suspect had been arrested.', source: 'The Federal Bureau of Investigation (FBI)', type: 'named-organization'},
  {text: 'The National Bureau of Statistics (NBS) said inflation fell in March.', source: 'The National Bureau of Statistics (NBS)', type: 'named-organization'},
  {text: 'Members of the Nigerian Medical Association (NMA) said the strike would continue.', source: 'Members of the Nigerian Medical Association (NMA)', type: 'unnamed-group'},
  {text: 'A spokesman for the World Health Organization (WHO) said the outbreak was contained.', source: 'A spokesman for the World Health Organization (WHO)', type: 'unnamed-person'},
  {text: 'Figures from the Royal College of Nursing (RCN) show vacancies have doubled.', source: 'Figures from the Royal College of Nursing (RCN)', type: 'document'},
  {text: 'Leaders of the Teachers Service Commission (TSC) warned that schools would close.', source: 'Leaders of the Teachers Service Commission (TSC)', type: 'unnamed-group'},
  {text: 'The Association of Southeast Asian Nations (ASEAN) said talks would resume.', source: 'The Association of Southeast Asian Nations (ASEAN)', type: 'named-organization'},
  {text: 'A report by the Central Statistics Office (CSO) found that exports fell.', source: 'A report by the Central Statistics Office (CSO)', type: 'document'},
  {text: 'Workers at the Kenya Power and Lighting Company (KPLC) said they had not been paid.', source: 'Workers at the Kenya Power and Lighting Company (KPLC)', type: 'unnamed-group'},
  // Look-alikes: a person's party or post in brackets.
  {text: 'Senator Ana Ruiz (D) said the bill would pass.', source: 'Senator Ana Ruiz (D)', type: 'named-person'},
  {text: 'Rep. Tom Hale (R-Texas) said the bill would fail.', source: 'Rep. Tom Hale (R-Texas)', type: 'named-person'},
  {text: 'Ana Ruiz (MP) said the bill would pass.', source: 'Ana Ruiz (MP)', type: 'named-person'}
]

describe('a body\'s name with its abbreviation in brackets', () => {
  it.each(rows)('$source in "$text"', ({text, source, type}) => {
    expect(typeOf(text, source)).toBe(type)
  })
})
