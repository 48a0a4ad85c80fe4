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

    /**
     * @param persons       the person mentions outside quotes, in order
     * @param maleTitles    the honorifics of men ("Mr", "Sir"), as one alternation; femaleTitles likewise
     * @param malePronoun   a pattern finding a male pronoun; femalePronoun likewise
     */
    Genders(String body, Sentences sentences, List<Mention> persons, String maleTitles, String femaleTitles,
            Pattern malePronoun, Pattern femalePronoun) {
        Pattern maleBefore = Pattern.compile("\\b" + maleTitles + "\\.?\\s+$");
        Pattern maleAt = Pattern.compile("^" + maleTitles + "\\.?\\s");
        Pattern femaleBefore = Pattern.compile("\\b" + femaleTitles + "\\.?\\s+$");
        Pattern femaleAt = Pattern.compile("^" + femaleTitles + "\\.?\\s");
        Map<String, int[]> votes = new HashMap<>();
        for (Mention m : persons) {
            String before = body.substring(Math.max(0, m.start() - 12), m.start());
            if (maleBefore.matcher(before).find() || maleAt.matcher(m.text()).find()) {
                byKey.putIfAbsent(m.entity().key(), Gender.MALE);
            } else if (femaleBefore.matcher(before).find() || femaleAt.matcher(m.text()).find()) {
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
            v[0] += count(malePronoun.matcher(rest));
            v[1] += count(femalePronoun.matcher(rest));
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
