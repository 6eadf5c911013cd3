export {renderArticleReport} from './article.js'
