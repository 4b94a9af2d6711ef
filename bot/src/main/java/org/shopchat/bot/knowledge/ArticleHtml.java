package org.shopchat.bot.knowledge;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * Renders an article body from Markdown to the HTML of its page. Editors may write inline HTML in Markdown, and
 * articles come from the database, so the output is sanitised against a whitelist: whatever slips through the
 * Markdown stage (scripts, event handlers, javascript: links) is removed before a browser sees it.
 * Internal links {@code kb:<id>} become links to that article's page.
 */
final class ArticleHtml {

    private static final Pattern ARTICLE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String KB_SCHEME = "kb:";

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "b", "i", "br", "hr", "a", "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private ArticleHtml() {
    }

    static String render(String markdown) {
        Node document = MARKDOWN.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                if (destination.startsWith(KB_SCHEME)) {
                    String id = destination.substring(KB_SCHEME.length());
                    // A malformed target must not become some other URL on this site.
                    link.setDestination(ARTICLE_ID.matcher(id).matches() ? KnowledgeBase.articleUrl(id) : "#");
                }
                visitChildren(link);
            }
        });
        return POLICY.sanitize(RENDERER.render(document));
    }
}
