import {blankRemoved} from '@sourcing/clean'
import retextAttribution from '@sourcing/retext-attribution'
import retextDocumentReadability from '@sourcing/readability'
import type {CleanedArticle, Span, TaggedArticle} from '@sourcing/schema'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'

// The tag stage reads `file.data` alone, so the plugin's messages would be waste.
const english = unified()
  .use(retextEnglish)
  .use(retextAttribution, {messages: false})
  .use(retextDocumentReadability)
  .freeze()

// The attribution rules are rules of English news writing; on other
// languages they would only invent findings, so those texts get readability
// counts alone (with grades the formulas can stand behind).
const otherLanguage = unified().use(retextEnglish).use(retextDocumentReadability).freeze()

/**
 * Tag one cleaned article: its attributions, unattributed claims and
 * readability, from a single parse of the body. An article not in English
 * gets no attributions or claims.
 *
 * @param article Output of the clean stage.
 * @returns The article with the tag stage's fields added; every span points
 *   into `article.text`.
 */
export function tagArticle(article: CleanedArticle): TaggedArticle {
  const file = new VFile({path: article.id, value: blankRemoved(article.text, article.removed)})
  const processor = article.language === 'English' ? english : otherLanguage
  processor.runSync(processor.parse(file), file)
  const {attributions = [], claims = [], readability} = file.data
  if (!readability) throw new Error(`${article.id}: readability plugin produced no result`)

  // Blanked text matches the original wherever the body is, but a span that
  // reaches into a removed stretch would carry spaces: take text from the
  // original so every span quotes the article as written.
  const quote = <T extends Span | null>(span: T): T =>
    span && ({...span, text: article.text.slice(span.start, span.end)} as T)

  return {
    ...article,
    attributions: attributions.map((attribution) => ({
      ...attribution,
      cue: quote(attribution.cue),
      source: quote(attribution.source),
      content: quote(attribution.content),
      justification: quote(attribution.justification),
      hedges: attribution.hedges.map(quote)
    })),
    claims: claims.map(quote),
    readability: {
      ...readability,
      hardSentences: readability.hardSentences.map(quote)
    }
  }
}
