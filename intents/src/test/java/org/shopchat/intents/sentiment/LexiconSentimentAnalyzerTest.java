package org.shopchat.intents.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shopchat.intents.Sentiment;
import org.shopchat.intents.SentimentLabel;

class LexiconSentimentAnalyzerTest {

    private final LexiconSentimentAnalyzer analyzer = new LexiconSentimentAnalyzer();

    private double score(String text) {
        return analyzer.analyze(text).score();
    }

    @Test
    void shipsTheVaderLexicon() {
        // 7,520 entries, fewer once case variants of emoticons ("XD", "xD") fold together.
        assertThat(SentimentLexicon.vader().size()).isGreaterThan(7400);
        assertThat(SentimentLexicon.vader().valence("good")).isPositive();
    }

    @Test
    void labelsPlainPositiveNegativeAndNeutralMessages() {
        assertThat(analyzer.analyze("Thanks, that was great help").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(analyzer.analyze("The jacket is bad and the delivery was slow").label())
                .isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(analyzer.analyze("Where is my order NW-204815?").label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(analyzer.analyze("").score()).isZero();
    }

    @Test
    void negationFlipsAndDampensTheWord() {
        assertThat(score("the service was good")).isPositive();
        assertThat(score("the service was not good")).isNegative();
        assertThat(score("the service wasn't good")).isNegative();
        assertThat(score("the service was not bad")).isPositive();
    }

    @Test
    void intensifiersStrengthenAndDampenersWeaken() {
        assertThat(score("the service was very good")).isGreaterThan(score("the service was good"));
        assertThat(score("the service was slightly good")).isLessThan(score("the service was good"));
    }

    @Test
    void capitalsAmongLowerCaseEmphasise() {
        assertThat(score("the service was BAD")).isLessThan(score("the service was bad"));
    }

    @Test
    void exclamationMarksEmphasise() {
        assertThat(score("this is bad!!!")).isLessThan(score("this is bad"));
        assertThat(score("this is good!!")).isGreaterThan(score("this is good"));
    }

    @Test
    void whatFollowsButCountsMore() {
        assertThat(score("the shoes are nice but the delivery was terrible")).isNegative();
    }

    @Test
    void readsEmoticonsAndEmoji() {
        assertThat(score("my parcel came :)")).isPositive();
        assertThat(score("my parcel came :(")).isNegative();
        assertThat(score("my parcel came \uD83D\uDE21")).isNegative();
        assertThat(score("my parcel came \uD83D\uDC4D")).isPositive();
    }

    @Test
    void scoreStaysWithinMinusOneToOne() {
        Sentiment s = analyzer.analyze("HORRIBLE AWFUL TERRIBLE DISGUSTING WORST!!!!!! :( :( :(");
        assertThat(s.score()).isBetween(-1.0, 0.0);
    }

    @Test
    void threatsToLeaveOrSueAreDistress() {
        Sentiment leave = analyzer.analyze("I will never shop with you again, this is awful");
        assertThat(leave.distressCues()).contains(DistressCues.THREAT_TO_LEAVE);
        assertThat(leave.label()).isEqualTo(SentimentLabel.DISTRESSED);
        Sentiment sue = analyzer.analyze("I'm contacting my solicitor about this");
        assertThat(sue.distressCues()).containsExactly(DistressCues.LEGAL_THREAT);
        assertThat(sue.label()).isEqualTo(SentimentLabel.DISTRESSED);
    }

    @Test
    void repeatedRequestsAreDistress() {
        assertThat(analyzer.analyze("this is the third time I ask where my refund is").distressCues())
                .contains(DistressCues.REPEATED_REQUEST);
        assertThat(analyzer.analyze("I have emailed you four times and still no reply").distressCues())
                .contains(DistressCues.REPEATED_REQUEST);
    }

    @Test
    void profanityAndShoutingAreDistress() {
        Sentiment s = analyzer.analyze("WHERE IS MY BLOODY PARCEL");
        assertThat(s.distressCues()).contains(DistressCues.PROFANITY, DistressCues.SHOUTING);
        assertThat(s.label()).isEqualTo(SentimentLabel.DISTRESSED);
    }

    @Test
    void acronymsAndAPoliteRequestAreNotDistress() {
        Sentiment s = analyzer.analyze("Please send my NW order to the UK address, thank you");
        assertThat(s.distressCues()).isEmpty();
        assertThat(s.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(analyzer.analyze("please cancel my account").distressCues()).isEmpty();
    }

    @Test
    void profanityInPraiseIsNotDistress() {
        assertThat(LexiconSentimentAnalyzer.label(0.6, java.util.List.of(DistressCues.PROFANITY)))
                .isEqualTo(SentimentLabel.POSITIVE);
        assertThat(LexiconSentimentAnalyzer.label(0.6,
                java.util.List.of(DistressCues.PROFANITY, DistressCues.SHOUTING))).isEqualTo(SentimentLabel.DISTRESSED);
    }
}
