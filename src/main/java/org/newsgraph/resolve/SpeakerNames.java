package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.reference.Lexicon;

/**
 * Reads a speaker's name from the subject slot of a verb of saying when no mention covers it
 * ("…,” Seqret Watson said", "said Patrol Chief James Hall"): the capitalised run that ends the slot,
 * titles and sentence openers dropped; a run ending in an organisation head noun is an organisation, a
 * run of two to four words a person, a single word the person whose full name ends with it earlier
 * in the body, else an organisation. The claim resolver's last resort before leaving a quote unattributed. Pure.
 */
final class SpeakerNames {

    private static final Pattern TOKEN = Pattern.compile("\\p{Lu}(?:[\\p{L}’'-]*|\\.)");
    private static final Set<String> PARTICLES = Set.of("bin", "al", "de", "van", "von", "der", "da", "di", "du",
            "le", "la", "el", "ibn", "dos", "del");

    /** How far back before a surname its full name is looked for. */
    private static final int SEARCH_BACK = 5_000;

    private final Set<String> givenNames;
    private final Set<String> titles;
    private final Set<String> orgHeads;
    private final Set<String> starters;

    SpeakerNames(Lexicon lexicon) {
        givenNames = lexicon.givenNames();
        titles = lexicon.titles();
        orgHeads = lexicon.orgHeads();
        starters = lexicon.sentenceStarters();
    }

    /**
     * The speaker the slot ends with, a surname alone looked up in the stretch of body before {@code at};
     * null when it ends with no name.
     */
    Entity ending(String slot, String body, int at) {
        List<String> run = trailingRun(slot);
        if (run.isEmpty()) {
            return null;
        }
        String last = run.get(run.size() - 1);
        if (orgHeads.contains(last)) {
            return Entity.named(String.join(" ", run), EntityKind.ORGANIZATION);
        }
        run = withoutTitles(run);
        if (run.isEmpty() || run.size() > 4) {
            return null;
        }
        if (run.size() == 1) {
            String full = fullNameEnding(run.get(0), body, at);
            return full != null ? Entity.named(full, EntityKind.PERSON) : Entity.named(run.get(0), EntityKind.ORGANIZATION);
        }
        return Entity.named(String.join(" ", run), EntityKind.PERSON);
    }

    /** Whether a run of capitalised words holds a title or a given name before its last word. */
    boolean marked(String run) {
        String[] words = run.strip().split("\\s+");
        for (int k = 0; k < words.length - 1; k++) {
            if (titles.contains(words[k]) || givenNames.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** The capitalised words (with name particles between them) that end the slot, sentence openers dropped. */
    private List<String> trailingRun(String slot) {
        String[] words = slot.strip().split("\\s+");
        List<String> run = new ArrayList<>();
        for (int k = words.length - 1; k >= 0; k--) {
            String w = words[k];
            if (w.endsWith("’s") || w.endsWith("'s") || w.endsWith(",")) {
                break; // "NASA’s Steve Clarke": the owner is not the name
            }
            if (TOKEN.matcher(w).matches() || PARTICLES.contains(w) && !run.isEmpty()) {
                run.add(0, w);
            } else {
                break;
            }
        }
        while (!run.isEmpty() && (starters.contains(run.get(0)) || PARTICLES.contains(run.get(0)))) {
            run.remove(0);
        }
        return run;
    }

    // "Patrol Chief James Hall", "White House Press Secretary Stephanie Grisham": the name starts at the
    // first given name, else after the last title.
    private List<String> withoutTitles(List<String> run) {
        for (int k = 0; k < run.size() - 1; k++) {
            if (givenNames.contains(run.get(k))) {
                return run.subList(k, run.size());
            }
        }
        int from = 0;
        for (int k = 0; k < run.size(); k++) {
            String w = run.get(k);
            if (titles.contains(w) || k + 1 < run.size() && titles.contains(w + " " + run.get(k + 1))) {
                from = k + 1;
            }
        }
        return run.subList(Math.min(from, run.size()), run.size());
    }

    // "Seqret Watson … Watson said": the first capitalised pair in the body ending with the surname.
    private String fullNameEnding(String surname, String body, int at) {
        // Only the stretch before the slot is read: searching the whole body for every quote would be quadratic.
        Matcher m = Pattern.compile("\\b(\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}\\.)?) " + Pattern.quote(surname) + "\\b")
                .matcher(body).region(Math.max(0, at - SEARCH_BACK), Math.max(0, Math.min(at, body.length())));
        while (m.find()) {
            String first = m.group(1).split(" ")[0];
            if (!starters.contains(first) && !titles.contains(first) && !orgHeads.contains(first)) {
                return m.group(1) + " " + surname;
            }
        }
        return null;
    }
}
