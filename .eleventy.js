// Eleventy configuration: small and declarative. The dossier's data does not live here; the CLI
// (scripts/cli.ts -> scripts/site/site.ts) passes it in as global data and adds the generated source pages
// as virtual templates. Run builds with `npm run build`, not with the eleventy command directly.
import markdownIt from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import markdownItSpans from 'markdown-it-bracketed-spans';
import pluginRss from '@11ty/eleventy-plugin-rss';
import { EleventyHtmlBasePlugin } from '@11ty/eleventy';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020-12-28" -> "28 December 2020"; "2020-12" -> "December 2020"; "2020" -> "2020". */
export function dateLabel(value) {
  if (!value || typeof value !== 'string') return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (d) return `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
  if (mo) return `${MONTHS[Number(mo) - 1]} ${y}`;
  return y;
}

/**
 * Eleventy 3.1 compiles a Nunjucks template's text again for every page it renders (its Nunjucks engine
 * is not cacheable), so a paginated template with thousands of pages is parsed and compiled thousands of
 * times. Compiled templates are pure functions of their source, path and environment: keep one per
 * (environment, path, source) and hand it to later Template objects as precompiled properties.
 */
const COMPILED = new WeakMap();
function memoiseNunjucksCompile(nunjucks) {
  const proto = nunjucks.Template.prototype;
  if (proto.__dossierMemo) return;
  const compile = proto._compile;
  proto._compile = function () {
    if (!this.tmplProps && typeof this.tmplStr === 'string') {
      let byKey = COMPILED.get(this.env);
      if (!byKey) COMPILED.set(this.env, (byKey = new Map()));
      const key = `${this.path ?? ''}\u0000${this.tmplStr}`;
      let props = byKey.get(key);
      if (!props) {
        const source = nunjucks.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts);
        props = new Function(source)(); // what nunjucks itself does with a compiled template
        byKey.set(key, props);
      }
      this.tmplProps = props;
    }
    return compile.call(this);
  };
  Object.defineProperty(proto, '__dossierMemo', { value: true });
}

/**
 * Eleventy's HTML base plugin (for --base-path) with its URL transform memoised. The plugin rewrites every
 * URL of every page through a function costing ~20 µs a URL (three URL parses that throw), three times
 * what parsing the page costs; pages share most of their URLs (navigation, actors, sources). The result
 * depends only on the URL, the base and, for a relative URL, the page's own URL, so it is kept per build.
 * Registered under the plugin's own package name, so the RSS plugin's copy of it is not added again.
 */
function htmlBasePlugin(eleventyConfig, options) {
  const transformer = eleventyConfig.htmlTransformer;
  const addUrlTransform = transformer.addUrlTransform;
  transformer.addUrlTransform = (extensions, callback, opts) => {
    const memo = new Map();
    const memoised = function (url, htmlContext) {
      const key = `${this.baseHref ?? ''}\u0000${url.startsWith('/') ? '' : this.url}\u0000${url}`;
      let out = memo.get(key);
      if (out === undefined) memo.set(key, (out = callback.call(this, url, htmlContext)));
      return out;
    };
    return addUrlTransform.call(transformer, extensions, memoised, opts);
  };
  try {
    return EleventyHtmlBasePlugin(eleventyConfig, options);
  } finally {
    transformer.addUrlTransform = addUrlTransform;
  }
}
Object.defineProperty(htmlBasePlugin, 'eleventyPackage', { value: EleventyHtmlBasePlugin.eleventyPackage });
Object.defineProperty(htmlBasePlugin, 'eleventyPluginOptions', { value: { unique: true } });

export default function (eleventyConfig) {
  eleventyConfig.on('eleventy.engine.njk', ({ nunjucks }) => memoiseNunjucksCompile(nunjucks));
  // Article text is data: raw HTML in Markdown is escaped (html: false); the attrs plugin may only set
  // ids and classes, which the generated Markdown uses for sentence anchors (#s-<n>) and highlights.
  const md = markdownIt({ html: false, linkify: false, typographer: false })
    .use(markdownItSpans)
    .use(markdownItAttrs, { allowedAttributes: ['id', 'class'] });
  eleventyConfig.setLibrary('md', md);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });

  // --base-path: templates write root-relative links ("/actors/x/"); Eleventy's HTML base plugin prefixes
  // every URL in the HTML output with the pathPrefix scripts/site/render.ts passes to Eleventy (a no-op for the
  // default "/"). Added before the RSS plugin, which would add the plain plugin otherwise.
  eleventyConfig.addPlugin(htmlBasePlugin);
  eleventyConfig.addPlugin(pluginRss);
  eleventyConfig.addFilter('dateLabel', dateLabel);
  eleventyConfig.addFilter('plural', (n, one, many) => `${n} ${n === 1 ? one : many ?? `${one}s`}`);
  eleventyConfig.addFilter('json', (value) => JSON.stringify(value));

  eleventyConfig.addPassthroughCopy({ 'content/assets': 'assets' });
  // Generated source pages are virtual templates added by the CLI; a copy of their Markdown may be
  // written under content/sources/ for people to read, and must not be built a second time.
  eleventyConfig.ignores.add('content/sources/**');
  eleventyConfig.ignores.add('content/assets/**');

  return {
    dir: { input: 'content', includes: '../_includes', data: '../_data', output: '_site' },
    templateFormats: ['njk', 'md'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
