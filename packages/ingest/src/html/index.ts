export {articleFromHtml, extractHtml, type HtmlExtract} from './extract.js'
export {blockText, type BlockTextOptions} from './block-text.js'
