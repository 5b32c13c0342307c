package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void englishNewsIsEnglish() {
        assertThat(guesser.guess("The army said on Monday that its units had pulled back from two villages "
                + "after a night of heavy shelling, and that the wounded were taken to a hospital in the city.")
                .code()).isEqualTo("en");
    }

    @Test
    void latinScriptLanguagesAreToldApartByFunctionWords() {
        assertThat(guesser.guess("Les forces de l'armée se sont retirées de la ville dans la nuit, selon un "
                + "porte-parole qui a parlé avec des journalistes après une réunion avec les habitants.").code())
                .isEqualTo("fr");
        assertThat(guesser.guess("Die Armee hat sich in der Nacht aus der Stadt zurückgezogen, sagte ein Sprecher, "
                + "der nach einem Treffen mit den Bewohnern mit Journalisten sprach und auch die Lage beschrieb.")
                .code()).isEqualTo("de");
        assertThat(guesser.guess("El ejército se retiró de la ciudad durante la noche, según un portavoz que habló "
                + "con los periodistas tras una reunión con los vecinos del barrio.").code()).isEqualTo("es");
        assertThat(guesser.guess("Ordu gece boyunca şehirden çekildi ve bir sözcü bu durumun geçici olduğunu "
                + "söyledi, ancak yerel halk için daha çok yardım gerektiğini de ekledi ve bu yeni bir adım olarak görüldü.")
                .code()).isEqualTo("tr");
    }

    @Test
    void otherScriptsAreNamedByScript() {
        assertThat(guesser.guess("Армия заявила, что её подразделения отошли от двух сёл после ночного обстрела.").code())
                .isEqualTo("ru");
        assertThat(guesser.guess("Армія заявила, що її підрозділи відійшли від двох сіл після нічного обстрілу.").code())
                .isEqualTo("uk");
        assertThat(guesser.guess("قال الجيش إن وحداته انسحبت من قريتين بعد ليلة من القصف العنيف على المنطقة").code())
                .isEqualTo("ar");
    }

    @Test
    void anEnglishArticleQuotingAShortForeignPhraseStaysEnglish() {
        assertThat(guesser.guess("Protesters in the square chanted \"Алеппо\" and waved flags as the governor said "
                + "that the roads to the north would be reopened on Tuesday after the fighting stopped.").code())
                .isEqualTo("en");
    }

    @Test
    void veryShortTextsAreNotJudged() {
        assertThat(guesser.guess("Les forces de la ville").isEnglish()).isTrue();
    }
}
