package org.shopchat.bot.knowledge;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The words of a Markdown text without its markup: for the index (link targets such as {@code kb:returns} would
 * otherwise become search terms) and for the short answer in a chat bubble, which shows plain text.
 */
final class PlainText {

    private static final Parser MARKDOWN = Parser.builder().build();

    private PlainText() {
    }

    static String of(String markdown) {
        Node document = MARKDOWN.parse(markdown);
        StringBuilder out = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append('\n');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        });
        return out.toString().strip();
    }
}
