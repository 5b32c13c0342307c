package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    static final String LEDE = "Rescue teams worked through the night after a drone struck a grain depot near the river port.";

    @Test
    void normalisesSpacesZeroWidthCharactersAndLineEnds() {
        String raw = "Shells\u00A0hit  the\u200B depot.\r\n\r\nTwo   workers were hurt.\u00AD\r\n";
        assertThat(TextCleaner.paragraphs(raw)).containsExactly("Shells hit the depot.", "Two workers were hurt.");
    }

    @Test
    void joinsHardWrappedLinesWithinAParagraph() {
        String raw = """
                The regional governor said that two drones were shot
                down over the city overnight and that debris damaged
                a school building in the northern district.

                Power was restored to most homes by the morning, the
                local energy company said in a short statement today.
                """;
        assertThat(TextCleaner.paragraphs(raw)).hasSize(2)
                .first().asString().startsWith("The regional governor").endsWith("northern district.");
    }

    @Test
    void everyLineIsAParagraphWhenLinesAreLong() {
        String raw = LEDE + "\n" + "A second long line of text stands for a paragraph of its own in this kind of file layout.";
        assertThat(TextCleaner.paragraphs(raw)).hasSize(2);
    }

    @Test
    void keepsAHeadlineAndLedePrintedTwiceOnlyOnce() {
        String title = "Drone strikes grain depot";
        List<String> body = TextCleaner.clean(List.of(LEDE, title, LEDE, "The port authority said exports would resume."), title);
        assertThat(body).containsExactly(LEDE, "The port authority said exports would resume.");
    }

    @Test
    void cutsASourcesSectionAndEverythingAfterIt() {
        List<String> body = TextCleaner.clean(List.of(LEDE, "Officials gave no casualty figures.", "Sources",
                "- Port authority statement", "- Regional governor"), "t");
        assertThat(body).containsExactly(LEDE, "Officials gave no casualty figures.");
    }

    @Test
    void dropsDonationAndFollowAppealsAtTheEnd() {
        List<String> body = TextCleaner.clean(List.of(LEDE, "Officials gave no casualty figures.",
                "Support the Harbour Gazette or become our patron!", "Follow us on social media for updates."), "t");
        assertThat(body).containsExactly(LEDE, "Officials gave no casualty figures.");
    }

    @Test
    void keepsAClosingParagraphThatMerelyMentionsDonations() {
        String last = "The charity said it would donate two generators to the hospital next week.";
        assertThat(TextCleaner.clean(List.of(LEDE, last), "t")).containsExactly(LEDE, last);
    }

    @Test
    void aRelatedHeadingInTheFirstParagraphIsNotATrailer() {
        assertThat(TextCleaner.clean(List.of("Related", LEDE), "t")).containsExactly("Related", LEDE);
    }

    @Test
    void restoresAMissingSpaceBetweenSentencesButNotInsideAbbreviations() {
        assertThat(TextCleaner.clean(List.of("Shelling continued in Idlib.Officials said the U.S. was not involved."), "t"))
                .containsExactly("Shelling continued in Idlib. Officials said the U.S. was not involved.");
    }

    @Test
    void dropsListBulletsAndDateOnlyLinesAtTheTop() {
        assertThat(TextCleaner.clean(List.of("Dec 4, 2024 - 10:00", "• " + LEDE), "t")).containsExactly(LEDE);
    }
}
