package org.shopchat.bot.knowledge;

import org.shopchat.kb.KnowledgeContent;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Imports the shipped articles and builds the index once every bean exists and before the web server starts
 * taking requests, so the first customer question already searches the full knowledge base.
 */
@Component
class KnowledgeStartup implements SmartInitializingSingleton {

    private final KnowledgeContent content;
    private final ShippedArticleImport shippedImport;
    private final PublishedArticleIndex index;

    KnowledgeStartup(KnowledgeContent content, ShippedArticleImport shippedImport, PublishedArticleIndex index) {
        this.content = content;
        this.shippedImport = shippedImport;
        this.index = index;
    }

    @Override
    public void afterSingletonsInstantiated() {
        shippedImport.importArticles(content.articles());
        index.rebuild();
    }
}
