package org.shopchat.bot.knowledge;

import org.shopchat.kb.Article;
import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.BotTexts;
import org.shopchat.kb.ContentFiles;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.Persona;
import org.shopchat.kb.TemplateParser;

import java.util.List;

/** Small, hand-written articles for the knowledge tests (the shipped ones are for the evaluation only). */
final class TestArticles {

    static final List<String> SYNONYMS = List.of(
            "parcel, package, shipment",
            "refund, money back, reimbursement",
            "return, send back",
            "missing, lost, never arrived, not arrived");

    static final Article RETURNS = published("returns-policy", 1, "Returning an item",
            List.of("return_item", "check_refund_policy"),
            List.of("How do I send something back?", "Can I return a jumper I don't like?", "What is your returns policy?"),
            "You can return unworn items within 30 days for a full refund.\n\n"
                    + "Print the free label from your account and drop the parcel at any post office. "
                    + "See also [refunds](kb:refund-timing).");

    static final Article REFUNDS = published("refund-timing", 1, "When your refund arrives",
            List.of("get_refund", "track_refund"),
            List.of("How long does a refund take?", "When will I get my money?", "Refund not received yet"),
            "Refunds reach your account within 5 working days of us receiving your return.\n\n"
                    + "Card refunds can take a further 3 days to show on your statement.");

    static final Article LOST_PARCEL = published("parcel-not-arrived", 1, "My parcel has not arrived",
            List.of("missing_delivery"),
            List.of("Where is my order?", "My delivery is late", "The tracking says delivered but nothing came"),
            "If your parcel is more than 2 working days late, tell us and we will trace it with the courier.\n\n"
                    + "We send a replacement or a refund if the courier cannot find it.");

    static final Article GIFT_CARDS = published("gift-cards", 1, "Gift cards",
            List.of("gift_card"),
            List.of("Can I buy a gift card?", "How do I spend a voucher?", "Do gift cards expire?"),
            "Gift cards are sold from £10 to £200 and are valid for 24 months.\n\n"
                    + "Enter the card number at checkout to spend it.");

    private TestArticles() {
    }

    static Article published(String id, int revision, String title, List<String> intents, List<String> questions,
                             String body) {
        return new Article(id, title, intents, questions, List.of("help"), revision, ArticleStatus.PUBLISHED, body);
    }

    static Article withRevision(Article article, int revision, ArticleStatus status, String body) {
        return new Article(article.id(), article.title(), article.intents(), article.questions(), article.tags(),
                revision, status, body);
    }

    static List<Article> all() {
        return List.of(RETURNS, REFUNDS, LOST_PARCEL, GIFT_CARDS);
    }

    static KnowledgeContent content(List<Article> articles) {
        Persona persona = new Persona("Nora", "assistant", "kb/avatar.svg", List.of("friendly"), 400, "Test persona.");
        return new KnowledgeContent(persona, articles, shippedTexts(), SYNONYMS);
    }

    /** The shipped response templates (a KnowledgeContent needs all of them); the shipped articles stay out. */
    private static BotTexts shippedTexts() {
        TemplateParser parser = new TemplateParser();
        return new BotTexts(ContentFiles.fromClasspath().byPath().entrySet().stream()
                .filter(file -> file.getKey().startsWith("templates/"))
                .map(file -> parser.parse(file.getKey(), file.getValue()))
                .toList());
    }
}
