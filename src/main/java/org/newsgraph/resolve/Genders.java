package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.EntityKind;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.Sentences;

/**
 * The grammatical gender of the people one body names, as far as its text shows it: a gendered
 * honorific at any of their mentions ("Mr", "Dame"), else the pronouns that follow them in sentences
 * naming no other person. The claim resolver's pronoun sieve uses it to pass over people a "she said"
 * cannot mean. Pure.
 */
final class Genders {

    /** What the text shows of a person's gender. */
    enum Gender { MALE, FEMALE, UNKNOWN;

        boolean fits(Gender other) {
            return this == UNKNOWN || other == UNKNOWN || this == other;
        }
    }

    private final Map<String, Gender> byKey = new HashMap<>();

    /** The patterns that show gender, compiled once per resolver rather than once per article. */
    record Cues(Pattern maleBefore, Pattern maleAt, Pattern femaleBefore, Pattern femaleAt, Pattern malePronoun,
                Pattern femalePronoun) {

        /**
         * @param maleTitles  the honorifics of men ("Mr", "Sir"), as one alternation; femaleTitles likewise
         * @param malePronoun a pattern finding a male pronoun; femalePronoun likewise
         */
        static Cues of(String maleTitles, String femaleTitles, Pattern malePronoun, Pattern femalePronoun) {
            return new Cues(before(maleTitles), at(maleTitles), before(femaleTitles), at(femaleTitles), malePronoun,
                    femalePronoun);
        }

        private static Pattern before(String titles) {
            return Pattern.compile("\\b" + titles + "\\.?\\s+$");
        }

        private static Pattern at(String titles) {
            return Pattern.compile("^" + titles + "\\.?\\s");
        }
    }

    /** @param persons the person mentions outside quotes, in order */
    Genders(String body, Sentences sentences, List<Mention> persons, Cues cues) {
        Map<String, int[]> votes = new HashMap<>();
        for (Mention m : persons) {
            String before = body.substring(Math.max(0, m.start() - 12), m.start());
            if (cues.maleBefore().matcher(before).find() || cues.maleAt().matcher(m.text()).find()) {
                byKey.putIfAbsent(m.entity().key(), Gender.MALE);
            } else if (cues.femaleBefore().matcher(before).find() || cues.femaleAt().matcher(m.text()).find()) {
                byKey.putIfAbsent(m.entity().key(), Gender.FEMALE);
            }
        }
        // A pronoun after the only person a sentence names refers to that person far more often than not.
        for (int k = 0; k < persons.size(); k++) {
            Mention m = persons.get(k);
            int end = sentences.end(m.end());
            boolean alone = (k == 0 || persons.get(k - 1).end() <= sentences.start(m.start())
                    || persons.get(k - 1).entity().key().equals(m.entity().key()))
                    && (k + 1 == persons.size() || persons.get(k + 1).start() >= end
                    || persons.get(k + 1).entity().key().equals(m.entity().key()));
            if (!alone || end <= m.end()) {
                continue;
            }
            // Only the words near the name are read: one sentence of many names would otherwise be read once per name.
            String rest = body.substring(m.end(), Math.min(end, m.end() + 300));
            int[] v = votes.computeIfAbsent(m.entity().key(), x -> new int[2]);
            v[0] += count(cues.malePronoun().matcher(rest));
            v[1] += count(cues.femalePronoun().matcher(rest));
        }
        votes.forEach((key, v) -> {
            if (v[0] != v[1]) {
                byKey.putIfAbsent(key, v[0] > v[1] ? Gender.MALE : Gender.FEMALE);
            }
        });
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    Gender of(Entity e) {
        return e.kind() != EntityKind.PERSON ? Gender.UNKNOWN : byKey.getOrDefault(e.key(), Gender.UNKNOWN);
    }
}
