package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    private final TextNormaliser normaliser = TextNormaliser.standard();

    @Test
    void lowerCasesAndDropsPunctuationExceptQuestionAndExclamationMarks() {
        assertThat(normaliser.normalise("WHERE is my Parcel?!")).isEqualTo("where is my parcel ? !");
        assertThat(normaliser.tokens("WHERE is my Parcel?!")).containsExactly("where", "is", "my", "parcel", "?", "!");
    }

    @Test
    void foldsUnicodeVariantsAndCurlyApostrophes() {
        assertThat(normaliser.normalise("I can\u2019t log in")).isEqualTo("i can not log in");
        assertThat(normaliser.normalise("\uFF37\uFF28\uFF25\uFF32\uFF25")).isEqualTo("where"); // full-width letters
    }

    @Test
    void expandsContractionsWithAndWithoutApostrophe() {
        assertThat(normaliser.normalise("it hasn't arrived")).isEqualTo("it has not arrived");
        assertThat(normaliser.normalise("I'm sure you'll help, I've waited")).isEqualTo("i am sure you will help i have waited");
        assertThat(normaliser.normalise("i cant find it and dont know why")).isEqualTo("i can not find it and do not know why");
        assertThat(normaliser.normalise("my order's late")).isEqualTo("my order late");
    }

    @Test
    void correctsCommonMisspellingsAndTextSpeak() {
        assertThat(normaliser.normalise("pls change my adress")).isEqualTo("please change my address");
        assertThat(normaliser.normalise("havent recieved it thx")).isEqualTo("have not received it thanks");
    }

    @Test
    void squeezesElongatedWordsAndRepeatedMarks() {
        assertThat(normaliser.normalise("pleeeeease")).isEqualTo("pleease");
        assertThat(normaliser.tokens("help!!!")).containsExactly("help", "!");
    }

    @Test
    void replacesEntityValuesWithPlaceholderWords() {
        assertThat(normaliser.normalise("order NW-204815 to jo.bloggs@example.co.uk"))
                .isEqualTo("order xordernumx to xemailx");
        assertThat(normaliser.normalise("#nw 204815 cost \u00a349.99 on 12/03")).isEqualTo("xordernumx cost xmoneyx on xnumx");
        assertThat(normaliser.normalise("see https://northwind.example/help")).isEqualTo("see xurlx");
    }

    @Test
    void encoderTextNamesEntitiesInPlainWordsAndKeepsTheRestAsWritten() {
        assertThat(normaliser.forEncoder("Where is NW-100003? My email is Alice.B@example.co.uk!"))
                .isEqualTo("Where is order number? My email is email address!");
        assertThat(normaliser.forEncoder("#nw 204815, see https://northwind.example/help"))
                .isEqualTo("order number, see a link");
        assertThat(normaliser.forEncoder("I can't log in")).isEqualTo("I can't log in");
    }

    @Test
    void givesExactlyWhatTheRegexOnlyNormaliserGaveOnShippedAndGeneratedMessages() {
        // The fast paths skip regular expressions that cannot match; what comes out must not change, or every
        // trained model would see other features than it was trained on.
        RegexTextNormaliser reference = new RegexTextNormaliser();
        for (String text : ChatTextSamples.all()) {
            assertThat(normaliser.normalise(text)).as(text).isEqualTo(reference.normalise(text));
            assertThat(normaliser.tokens(text)).as(text).containsExactly(reference.tokens(text));
        }
    }

    @Test
    void blankInputGivesNoTokens() {
        assertThat(normaliser.tokens("   ")).isEmpty();
        assertThat(normaliser.tokens("...")).isEmpty();
    }
}
