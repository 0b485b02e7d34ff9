// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.leefwereld.core.text.DutchText;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/** The Dutch phrases the welcome guide and the opening check look for in the professional's utterances. */
final class Patterns {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    static final Pattern WELCOME = Pattern.compile(
            "\\bwelkom\\b|\\b(?:goed|fijn|fijn en goed) dat (?:u|je|jij|jullie) (?:er )?(?:bent|zijn|gekomen bent|komt|er bent)\\b", FLAGS); //$NON-NLS-1$
    /** A question about the client's experience (the seed's "Hoe is het voor u om hier te zijn?"). */
    static final Pattern EXPERIENCE = Pattern.compile(
            "\\bhoe is het (?:eigenlijk |nu |vandaag )?(?:voor (?:u|jou|je) )?om\\b|\\bhoe is het (?:eigenlijk |nu )?met (?:u|jou|je)\\b" //$NON-NLS-1$
                    + "|\\bhoe gaat het (?:eigenlijk |nu )?met (?:u|jou|je)\\b|\\bhoe voelt (?:het|dat)\\b|\\bhoe was het (?:voor (?:u|jou|je) )?om\\b" //$NON-NLS-1$
                    + "|\\bhoe ervaart (?:u|je)\\b|\\bwat doet (?:het|dat|dit) met (?:u|jou|je)\\b|\\bhoe staat u (?:er )?(?:nu )?in\\b", FLAGS); //$NON-NLS-1$
    /** Empathy: naming what it is like for the client. */
    static final Pattern EMPATHY = Pattern.compile(
            "\\bik kan me (?:goed |heel goed )?voorstellen\\b|\\bdat (?:lijkt|klinkt) (?:me |mij )?(?:best |heel |erg )?(?:zwaar|lastig|moeilijk|spannend|naar|heftig)\\b" //$NON-NLS-1$
                    + "|\\bdat is (?:ook )?niet niks\\b|\\bbegrijpelijk\\b|\\bwat (?:vervelend|naar|rot|zwaar)\\b|\\bdat is (?:best |ook )?(?:zwaar|spannend|lastig|moeilijk)\\b" //$NON-NLS-1$
                    + "|\\bik hoor (?:dat|hoe) (?:het|u|je)\\b|\\bfijn dat u (?:dat|het) (?:vertelt|zegt)\\b", FLAGS); //$NON-NLS-1$
    static final Pattern EXPLAIN_TODAY = Pattern.compile(
            "\\bvandaag (?:gaan we|wil ik|ga ik|bespreken we|doen we|kijken we)\\b|\\bwat (?:er )?(?:we )?vandaag (?:gaan doen|gaat gebeuren|gebeurt)\\b" //$NON-NLS-1$
                    + "|\\bik (?:vertel|leg) (?:u |je |jou )?(?:eerst |nu )?(?:even |kort )?(?:uit|wat)\\b|\\bdit gesprek (?:duurt|is bedoeld|gaat over)\\b" //$NON-NLS-1$
                    + "|\\bin dit gesprek\\b|\\bhet gesprek (?:van vandaag|duurt)\\b|\\bwe hebben (?:ongeveer |zo'n )?(?:een |\\d+ )(?:uur|half uur|minuten|kwartier)\\b", FLAGS); //$NON-NLS-1$
    static final Pattern NEED = Pattern.compile(
            "\\bwat (?:heeft u|heb je|hebt u|hebt u) (?:nu |vandaag |op dit moment )?(?:het meest |als eerste )?nodig\\b" //$NON-NLS-1$
                    + "|\\bwat is (?:er )?(?:voor (?:u|jou|je) )?(?:nu |op dit moment )?(?:het )?(?:meest )?(?:dringend|dringendst|dringendste|belangrijkst|belangrijkste|urgent|urgentst|urgentste)\\b" //$NON-NLS-1$
                    + "|\\bwaar (?:wilt u|wil je) (?:het )?(?:eerst|vooral|graag|vandaag) (?:over )?(?:praten|beginnen|hebben)\\b|\\bwaar (?:kan|mag) ik (?:u|je) (?:mee )?(?:mee )?helpen\\b" //$NON-NLS-1$
                    + "|\\bwat zou (?:u|je) (?:nu )?(?:het meest )?helpen\\b|\\bwaar maakt u zich (?:de meeste |het meest |nu )?zorgen\\b|\\bwat moet er (?:als eerste|eerst) (?:gebeuren|geregeld)\\b" //$NON-NLS-1$
                    + "|\\bwaar (?:loopt u|zit u) (?:nu )?(?:het meest )?(?:tegenaan|mee)\\b", FLAGS); //$NON-NLS-1$
    /** System questions: data the organisation needs, often already known. */
    static final Pattern SYSTEM = Pattern.compile(
            "\\bBSN\\b|\\bburgerservicenummer\\b|\\binkomen(?:s)?\\b|\\binkomsten\\b|\\b(?:aanvraag)?formulier(?:en)?\\b|\\bgegevens\\b|\\blegitimatie(?:bewijs)?\\b|\\bidentiteitsbewijs\\b" //$NON-NLS-1$
                    + "|\\bID-kaart\\b|\\bpaspoort\\b|\\b(?:bank|rekening)afschrift(?:en)?\\b|\\bloonstro(?:ok|ken)\\b|\\brekeningnummer\\b|\\bIBAN\\b|\\bhuurcontract\\b" //$NON-NLS-1$
                    + "|\\bgeboortedatum\\b|\\bvermogen\\b|\\bspaargeld\\b|\\bDigiD\\b|\\bhandtekening\\b|\\bwoonadres\\b|\\bburgerlijke staat\\b", FLAGS); //$NON-NLS-1$
    /** Small talk that does not connect ("Kon u het een beetje vinden?"; seed 001: often backfires). */
    static final Pattern SMALL_TALK = Pattern.compile(
            "\\bkon (?:u|je) het (?:een beetje |goed |makkelijk )?vinden\\b|\\bhet weer\\b|\\bkon (?:u|je) (?:goed )?parkeren\\b|\\bwat een weer\\b|\\blekker weertje\\b", FLAGS); //$NON-NLS-1$
    static final Pattern NEXT_STEP = Pattern.compile(
            "\\bvolgende (?:stap|afspraak|keer|week|gesprek)\\b|\\bwe spreken af\\b|\\b(?:zullen|kunnen|spreken) we (?:af|afspreken)\\b|\\bafspraak\\b" //$NON-NLS-1$
                    + "|\\bik (?:bel|mail|stuur|zoek|regel) (?:u|je|jou)?\\b|\\bu hoort (?:van mij|binnen|morgen|deze week)\\b|\\b(?:dan )?zie ik (?:u|je|jou)\\b" //$NON-NLS-1$
                    + "|\\btot (?:volgende|maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|over)\\b|\\bde eerste stap\\b|\\bals eerste (?:ga ik|gaan we|doen we)\\b", FLAGS); //$NON-NLS-1$

    private Patterns() {
    }

    static boolean isProfessional(Utterance u) {
        return u.getSpeaker() != null && u.getSpeaker().getRole() == ParticipantRole.PROFESSIONAL && u.getText() != null;
    }

    /** The first match of a pattern in a text, or {@code null}. */
    static String find(Pattern p, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = p.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** Explaining what happens today: a set phrase, or by meaning. */
    static String explainToday(String text) {
        String hit = find(EXPLAIN_TODAY, text);
        return hit != null ? hit : MeaningClasses.explainToday(text);
    }

    /** Asking what the client needs: by meaning, or a set phrase. */
    static String needQuestion(String text) {
        String hit = MeaningClasses.needQuestion(text);
        return hit != null ? hit : find(NEED, text);
    }

    /** An experience question: the pattern in a sentence ending with "?", or by meaning. */
    static String experienceQuestion(String text) {
        if (text == null) {
            return null;
        }
        for (DutchText.Sentence sentence : DutchText.sentences(text)) {
            String hit = find(EXPERIENCE, sentence.text());
            if (hit != null && sentence.text().endsWith("?")) { //$NON-NLS-1$
                return hit;
            }
        }
        return MeaningClasses.experienceQuestion(text);
    }
}
