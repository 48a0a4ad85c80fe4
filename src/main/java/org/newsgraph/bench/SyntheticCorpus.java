package org.newsgraph.bench;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A deterministic stream of plain synthetic news pages (one layout: menu, byline, date, paragraphs
 * with known and unknown names, quotes, comments, footer): the corpus {@code bench} converted
 * before issue 14, kept as {@code --generator plain} so that conversion figures stay comparable
 * across versions. {@link SyntheticNews} writes the realistic pages.
 */
public final class SyntheticCorpus implements Iterable<SyntheticCorpus.Page> {

    /** One generated page: its source id and text. */
    public record Page(String source, String text) { }

    /** Names to draw from: reference people, organisations, countries, and made-up people. */
    public record Names(List<String> people, List<String> organisations, List<String> countries,
                        List<String> demonyms, List<String> givenNames, List<String> outlets) { }

    private static final String[] SURNAMES = {"Ekberg", "Lindqvist", "Okafor", "Marchetti", "Novak", "Haddad",
        "Kowalski", "Fernandes", "Sato", "Brennan", "Volkov", "Demir", "Rahimi", "Castellano", "Whitfield"};
    private static final String[] VERBS = {"said", "warned", "told reporters", "insisted", "added", "argued"};
    private static final String[] TOPICS = {"sanctions", "the ceasefire", "energy supplies", "the peace talks",
        "security cooperation", "the refugee crisis", "air strikes", "the nuclear deal", "trade tariffs"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final Names names;
    private final int count;
    private final long seed;

    public SyntheticCorpus(Names names, int count, long seed) {
        this.names = names;
        this.count = count;
        this.seed = seed;
    }

    @Override
    public Iterator<Page> iterator() {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public Page next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int n = i++;
                return new Page(String.format("synthetic_%07d", n), page(new SplittableRandom(seed + n)));
            }
        };
    }

    private String page(SplittableRandom r) {
        StringBuilder sb = new StringBuilder(6000);
        sb.append("  • Home\n  • World\n  • Politics\n  • Subscribe\n\n");
        String a = pick(r, names.countries());
        String b = pick(r, names.countries());
        sb.append(pick(r, names.people())).append(" and ").append(a).append(" clash over ").append(pick(r, TOPICS))
                .append(" with ").append(b).append("\n\n");
        sb.append(person(r)).append('\n');
        sb.append(1 + r.nextInt(28)).append(' ').append(MONTHS[r.nextInt(12)]).append(' ')
                .append(2010 + r.nextInt(11)).append(" 10:").append(10 + r.nextInt(49)).append(" GMT\n\n");
        int paragraphs = 10 + r.nextInt(10);
        for (int p = 0; p < paragraphs; p++) {
            sb.append(paragraph(r)).append("\n\n");
        }
        sb.append("Comments\n\n").append(person(r)).append('\n').append(MONTHS[r.nextInt(12)]).append(' ')
                .append(1 + r.nextInt(28)).append(", 2017 at 10:16\nThis is nonsense, as everyone in ")
                .append(pick(r, names.countries())).append(" knows.\n\n");
        sb.append("This site uses cookies to improve your experience. © ").append(pick(r, names.outlets()))
                .append('\n');
        return sb.toString();
    }

    private String paragraph(SplittableRandom r) {
        String person = r.nextBoolean() ? pick(r, names.people()) : person(r);
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        return switch (r.nextInt(4)) {
            case 0 -> person + " " + pick(r, VERBS) + " that " + pick(r, names.countries()) + " would not accept "
                    + pick(r, TOPICS) + " imposed by the " + pick(r, names.organisations()) + ". Mr " + surname
                    + " met " + pick(r, names.demonyms()) + " officials in " + MONTHS[r.nextInt(12)] + ".";
            case 1 -> "“We will not back away from our commitments on " + pick(r, TOPICS) + ", and we expect "
                    + pick(r, names.countries()) + " to do the same,” " + surname + " " + pick(r, VERBS)
                    + ". The " + pick(r, names.organisations()) + " declined to comment.";
            case 2 -> "The " + pick(r, names.demonyms()) + " government and the " + pick(r, names.organisations())
                    + " have discussed " + pick(r, TOPICS) + " for weeks, according to " + person
                    + ", who spoke on condition that the talks continue in " + pick(r, names.countries()) + ".";
            default -> "Critics in " + pick(r, names.countries()) + " said the move by " + pick(r, names.people())
                    + " was a mistake. " + person + ", a former adviser, wrote: “This is the wrong policy at the "
                    + "wrong time, and it will cost us dearly.”";
        };
    }

    private String person(SplittableRandom r) {
        return pick(r, names.givenNames()) + " " + SURNAMES[r.nextInt(SURNAMES.length)];
    }

    private static String pick(SplittableRandom r, List<String> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    private static String pick(SplittableRandom r, String[] xs) {
        return xs[r.nextInt(xs.length)];
    }
}
