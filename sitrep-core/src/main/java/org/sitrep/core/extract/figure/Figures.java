package org.sitrep.core.extract.figure;

import org.sitrep.core.extract.FigureExtractor;

/**
 * Factories for the figure extractor.
 *
 * <p>The standard extractor reads each sentence for a number bound to a casualty word (killed, injured,
 * missing, trapped, evacuated, arrested), drops sentences that are out of the main incident's scope, and
 * returns <b>one main figure per kind</b>, in the order KILLED, INJURED, MISSING, TRAPPED, EVACUATED, ARRESTED.
 *
 * <h2>Numbers</h2>
 * Digits ("1,000"), number words ("twenty-one", "two hundred"), a singular victim noun ("a man was shot
 * and killed", "another woman was wounded": 1) and "no one" / "nobody" / "no injuries" (0, EXACT). A bare number
 * before "year-old" / "yo" is an age ("a 5 year-old boy": 1), "father of 3" is not a count, nor is a day of the month
 * ("shot early October 27 has died": 1). The words between a number and its noun are modifiers only, never a clause
 * word or a casualty word ("told FOX 5 that her son was killed": 1; "leaves 4 wounded, gunman dead": 4 injured, 1 killed). Coordinated people
 * count one each, also in headlines without a verb ("Girl, 10, teen shot": 2; "2 adults, 2 children killed": 4);
 * an appositive counts its head ("the victim, a 2-year-old girl, died": 1). A second single victim marked "also"
 * or "another" in the same sentence makes two ("wounded in a shooting that also injured a woman"). "His injuries
 * are not life-threatening" is one injured (hedged); "struck"/"hit" are hits unless by a car or other vehicle.
 * Qualifiers: "at least", "no fewer than" give AT_LEAST; "more than", "over", "upwards of" MORE_THAN;
 * "about", "around", "nearly", "almost", "some", "an estimated" ABOUT; "up to", "as many as" UP_TO;
 * "5 to 7", "5-7", "between 5 and 7" RANGE (value 5, upper 7).
 *
 * <h2>Vague quantities</h2>
 * The value is the smallest number the phrase allows, so that a reconciler taking maxima is never inflated:
 * <table>
 * <caption>vague quantities</caption>
 * <tr><th>phrase</th><th>value</th><th>qualifier</th></tr>
 * <tr><td>a couple (of)</td><td>2</td><td>ABOUT</td></tr>
 * <tr><td>a few, multiple</td><td>2</td><td>AT_LEAST</td></tr>
 * <tr><td>a handful of</td><td>3</td><td>ABOUT</td></tr>
 * <tr><td>several</td><td>3</td><td>AT_LEAST</td></tr>
 * <tr><td>a dozen</td><td>12</td><td>ABOUT</td></tr>
 * <tr><td>more than a dozen</td><td>12</td><td>MORE_THAN</td></tr>
 * <tr><td>tens of</td><td>20</td><td>AT_LEAST</td></tr>
 * <tr><td>dozens (of)</td><td>24</td><td>AT_LEAST</td></tr>
 * <tr><td>several dozen</td><td>36</td><td>AT_LEAST</td></tr>
 * <tr><td>scores (of)</td><td>40</td><td>AT_LEAST</td></tr>
 * <tr><td>hundreds (of)</td><td>200</td><td>AT_LEAST</td></tr>
 * <tr><td>several hundred</td><td>300</td><td>AT_LEAST</td></tr>
 * <tr><td>thousands (of)</td><td>2000</td><td>AT_LEAST</td></tr>
 * </table>
 * Vague figures get confidence 0.5 (precise ones 0.85); a qualifier in front ("more than a dozen") wins.
 *
 * <h2>Scope</h2>
 * A sentence's numbers are dropped when the sentence counts over a time window or area ("over the past 24
 * hours", "this year", "across the country", "were among", "after shootings", "weekend gunfire", "violent night", "a spate of shootings",
 * "three shootings", "pushing the death toll to", "deadliest weekend", "in November alone", "people shot since"), refers to another time ("last April", "in March"
 * outside the publication month, an earlier year, "previous", "a similar attack", "two years ago"), or,
 * outside the lead (title and first three sentences), places its numbers "in/near X" where X is named neither
 * in the lead nor by the incident's resolved place. A following sentence attributed to a pronoun ("..., it
 * said") inherits a dropped verdict. Outside the lead, "last week", "earlier that day", "about 20 minutes earlier",
 * "earlier Sunday" and a leading "Meanwhile" also mark another incident. Crawled page furniture (video playlists
 * "1:08 ... Pause", "autoplay", photo galleries "Image 2 of 10") and deaths that are not by gunfire (a crash,
 * an overdose, natural causes, an animal, unless the sentence also shoots) are dropped. Numbers of things, populations and distances never match because a
 * number must be bound to a casualty word; people present ("1,000 civilians were inside") are not casualties.
 *
 * <h2>Choice of the main figure</h2>
 * Per kind: hedged numbers ("feared killed") only when nothing firmer exists; then the largest value, ties
 * to AT_LEAST over MORE_THAN over EXACT, then the earliest. A combined count ("killed or wounded") is
 * skipped. A murder-suicide ("murder-suicide", "kills his daughter, then himself") is two killed at least, and
 * raises a victims' count of one to two. The perpetrator's own death ("killed himself", "the gunman was killed") is the KILLED figure when no
 * victims' count exists (gun-violence data counts a dead suspect among the killed; a reported total usually
 * includes the gunman already, so it is not added: adding a perpetrator's death told apart from the victims' count,
 * "left seven dead before killing himself", measured 40 incidents worse and 6 better on gva-dev, because the "victim"
 * is so often the perpetrator himself, "boy accidentally shoots, kills himself"). Named victims raise a count when there are more distinct
 * names than the best number ("Ann Lee" and "Lee" are one name; a named person who died is not also counted hurt). A person shot who then died in the same sentence is killed. When no injured figure is
 * given, INJURED is "people shot" minus the killed ("two people were shot, one fatally": 1 killed, 1 injured); a single victim marked as another person ("her
 * boyfriend was also shot", "a fourth man suffered a gunshot wound", "... was shot but survived") stays one injured
 * even when the killed count swallows the shot count.
 * When nothing is found for a kind, no figure is returned (callers read it as unknown, or 0 for KILLED and
 * INJURED in gun-violence scoring). "N others shot" is not reduced by the killed ("boy killed, 6 others shot": 6), and a
 * same-sentence shot count above the injured one wins ("shot six people, killing four": 2 injured). "double/triple/
 * quadruple homicide" counts the killed, "... shooting" the people hit; coordinated names ("Ann Lee, 33, and Bo Ray
 * were killed") count one each; a bare number right after "Name," is an age. A self-inflicted wound is a hit unless
 * the person died of it. A verb's object list counts each person it names ("killed his wife, 2 sons, then himself": 4,
 * "killing wife and four daughters": 5, "shoots 2 women, young girl": 3 hit, "fatal shooting of mother, 2 teens": 3 killed);
 * a killer listed among his victims is one of the dead but not one of the people shot. Counts of people hit told apart
 * from "others" add up ("two critical and two others injured": 4), as do a single victim and a count marked "also" ("a girl
 * remained in critical condition after a shooting that also injured two other people": 3). "left one man fatally wounded"
 * is a death; "two others with serious injuries" a count of hurt ("with gunshot injuries": people hit).
 *
 * <h2>Fallback</h2>
 * When no count was found for KILLED, a death word in the title or the first four body sentences that are in scope ("fatal
 * shooting", "shooting death of", "murder", "slaying", but not "attempted murder", "deadly weapon", "homicide unit")
 * gives KILLED 1 AT_LEAST with confidence 0.4 (and when the only injured figure is one single victim with nothing
 * marking a second person, "a teen was shot", that victim is the one who died: INJURED is dropped); otherwise, when neither KILLED nor INJURED was found, a hit ("was shot",
 * "shot himself", "shooting of a boy", "wounded") in the title or the first six body sentences gives INJURED 1.
 * Trial and arrest stories often only refer back.
 *
 * <h2>Attribution and confidence</h2>
 * {@code reportedBy} comes from "according to X", "X said/told/reported" or "said X" in the same sentence, a
 * pronoun speaker from the previous one. Confidence starts at 0.85 (0.5 vague), times 0.6 when hedged and 0.9
 * for a single victim noun, plus 0.05 in the lead and 0.03 when attributed.
 */
public final class Figures {
    private Figures() {
    }

    /** The standard extractor: one scoped main figure per kind. Thread-safe. */
    public static FigureExtractor standard() {
        return new CasualtyExtractor();
    }
}
