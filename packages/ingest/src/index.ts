export {
  articleFromJsonRecord,
  articleFromText,
  type IngestFailure,
  type IngestResult
} from './article.js'
export {decodeUtf8, type Decoded} from './decode.js'
export {articleFromHtml, extractHtml, type HtmlExtract} from './html.js'
export {blockText, type BlockTextOptions} from './html-text.js'
export {readArticles} from './read.js'
export {toIsoDate} from './date.js'
