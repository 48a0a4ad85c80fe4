package org.newsgraph.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A deterministic source of realistic scraped news pages for benchmarks and tests: known and
 * invented outlets with their own layouts (menus, bylines with roles, dates in several formats,
 * datelines, banners, captions, related links, comments, footers), invented people and bodies
 * beside the reference data's, quotes in several attribution patterns, events of many kinds, dates
 * over 2000-2025 and lengths from briefs to long reads. Article n is a pure function of the seed
 * and n, so a corpus streams in flat memory and a larger corpus starts with a smaller one.
 */
public final class SyntheticNews {

    /** One generated page: its source id and text. */
    public record Page(String source, String text) { }

    static final int LAYOUTS = 6;
    // People and bodies are drawn log-uniformly from a population this large: a few are named
    // in thousands of articles and most in one or two, as in real news.
    private static final long POPULATION = 1_000_000;

    private static final String[] TOPICS = {"trade", "energy supplies", "migration", "climate targets",
        "water rights", "fishing quotas", "the ceasefire", "the nuclear programme", "grain exports",
        "border security", "tax reform", "pension reform", "data privacy", "arms sales", "debt relief",
        "the fuel subsidy", "press freedom", "rail investment"};
    private static final String[] SECTIONS = {"World", "Politics", "Business", "UK", "Europe", "Middle East",
        "Africa", "Asia", "Americas", "Economy"};
    private static final String[] DESKS = {"Political Correspondent", "Diplomatic Editor", "Chief Reporter",
        "Foreign Affairs Correspondent", "Business Reporter", "Security Correspondent", "Staff Writer",
        "Europe Editor", "Senior Reporter"};
    private static final String[] DAY_PARTS = {"on %s", "late on %s", "early on %s", "on %s evening",
        "on %s morning"};

    private final Known known;
    private final Cast cast;
    private final long seed;
    private final int[] countryOrder;

    public SyntheticNews(Known known, long seed) {
        this.known = known;
        this.seed = seed;
        this.cast = new Cast(seed);
        // A seeded order of the countries, so the most-mentioned countries differ by seed.
        countryOrder = new int[known.countries().size()];
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < countryOrder.length; i++) {
            int j = r.nextInt(i + 1);
            countryOrder[i] = countryOrder[j];
            countryOrder[j] = i;
        }
    }

    /** Articles first .. first + count - 1, generated one at a time as they are iterated. */
    public Iterable<Page> articles(long first, long count) {
        return () -> new Iterator<>() {
            private long i = first;

            @Override
            public boolean hasNext() {
                return i < first + count;
            }

            @Override
            public Page next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return article(i++);
            }
        };
    }

    /** Article n. */
    public Page article(long n) {
        SplittableRandom r = new SplittableRandom(new SplittableRandom(seed).nextLong() ^ (n * 0x94D049BB133111EBL));
        Story s = new Story(r);
        return new Page(String.format(Locale.ROOT, "synthetic_%07d", n), s.page());
    }

    /** One article in the making: its outlet, date, cast and the text written so far. */
    private final class Story {
        private final SplittableRandom r;
        private final StringBuilder out = new StringBuilder(8000);
        private final String outlet;
        private final int layout;
        private final String domain;
        private final LocalDate date;
        private final Known.Country ca;
        private final Known.Country cb;
        private final Actor a;
        private final Actor b;
        private final List<Actor> voices = new ArrayList<>();
        private final Org org;
        private final Org org2;
        private final String topic;
        private final String city;
        private final boolean honorifics;
        private final int targetWords;
        private int words;
        // Headlines, captions of related stories and the like name people in full without
        // counting as the article's first mention of them.
        private boolean plain;

        Story(SplittableRandom r) {
            this.r = r;
            if (r.nextInt(5) < 2) {
                int i = logUniform(known.outlets().size());
                outlet = known.outlets().get(i);
                layout = i % LAYOUTS;
                domain = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".com";
            } else {
                Cast.Outlet o = cast.outlet(logUniform(5_000), LAYOUTS);
                outlet = o.name();
                layout = o.layout();
                domain = o.domain();
            }
            date = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(26 * 365 + 6));
            ca = country();
            Known.Country other = country();
            cb = other.equals(ca) ? known.countries().get((known.countries().indexOf(ca) + 1) % known.countries().size())
                    : other;
            a = actor();
            b = actor();
            int size = r.nextInt(100);
            targetWords = size < 8 ? 80 + r.nextInt(150) : size < 95 ? 400 + r.nextInt(800) : 1500 + r.nextInt(2500);
            int more = 1 + r.nextInt(2) + targetWords / 300;
            for (int i = 0; i < more; i++) {
                voices.add(actor());
            }
            org = org();
            org2 = org();
            topic = pick(TOPICS);
            city = r.nextInt(4) == 0 ? cast.town(logUniform(50_000)) : ca.capital();
            honorifics = layout == 0 || layout == 2;
        }

        private Known.Country country() {
            return known.countries().get(countryOrder[logUniform(countryOrder.length)]);
        }

        private Actor actor() {
            if (r.nextInt(4) == 0) {
                String name = known.people().get(logUniform(known.people().size()));
                return new Actor(name, name.substring(name.lastIndexOf(' ') + 1), null, "");
            }
            Cast.Person p = cast.person(logUniform(POPULATION));
            return new Actor(p.name(), p.family(), p.female(), p.role());
        }

        private Org org() {
            if (r.nextInt(3) == 0) {
                return new Org(known.organisations().get(logUniform(known.organisations().size())), "");
            }
            Cast.Organisation o = cast.organisation(logUniform(POPULATION));
            return new Org(o.name(), o.acronym());
        }

        String page() {
            EventKind kind = EventKind.values()[r.nextInt(EventKind.values().length)];
            String headline = headline(kind);
            switch (layout) {
                case 0 -> broadsheetTop(headline, kind);
                case 1 -> wireTop(headline);
                case 2 -> tabloidTop(headline, kind);
                case 3 -> broadcasterTop(headline);
                case 4 -> blogTop(headline);
                default -> agencyTop(headline, kind);
            }
            body(kind);
            switch (layout) {
                case 0 -> {
                    line("Topics: " + capitalise(topic) + ", " + ca.name() + ", " + cb.name());
                    comments();
                    line("© " + date.getYear() + " " + outlet + ". All rights reserved.");
                    line("About us | Contact us | Terms and conditions | Privacy policy | Cookie settings");
                }
                case 1 -> {
                    line("(Reporting by " + journalist() + "; Additional reporting by " + journalist() + "; Editing by "
                            + journalist() + ")");
                    line("Our Standards: The Trust Principles.");
                }
                case 2 -> {
                    line("Share or comment on this article:");
                    comments();
                    line("Published by " + outlet + " Ltd © " + date.getYear());
                }
                case 3 -> {
                    line("Related Topics");
                    line(ca.name());
                    line(capitalise(topic));
                    line("More on this story");
                    line(headline(EventKind.values()[r.nextInt(EventKind.values().length)]));
                    line("Copyright © " + date.getYear() + " " + outlet + ". " + outlet + " is not responsible for the "
                            + "content of external sites.");
                }
                case 4 -> {
                    line("Tags: " + topic + ", " + ca.name().toLowerCase(Locale.ROOT) + ", " + section().toLowerCase(Locale.ROOT));
                    line("Leave a comment");
                    comments();
                    line("Powered by WordPress | Theme by " + cast.town(r.nextInt(1000)) + " Studio");
                }
                default -> line("All rights reserved. When using materials, a link to " + domain + " is required.");
            }
            return out.toString();
        }

        private void broadsheetTop(String headline, EventKind kind) {
            line("Skip to main content");
            for (String m : new String[] {"News", "World", "Politics", "Business", "Opinion", "Sport", "Culture"}) {
                line("  • " + m);
            }
            line("Subscribe");
            blank();
            line(section());
            line(headline);
            line(fill(pick(kind.standfirsts)));
            line(r.nextBoolean() ? "By " + journalist() + ", " + pick(DESKS) : "By " + journalist() + " in " + city);
            line(weekday(date) + " " + date.getDayOfMonth() + " " + month(date) + " " + date.getYear() + " "
                    + clock() + " GMT");
            line("Share this article");
            line("Facebook");
            line("Twitter");
            line("Email");
            blank();
        }

        private void wireTop(String headline) {
            line(outlet);
            line(section());
            line(headline);
            line(monthShort(date) + " " + date.getDayOfMonth() + ", " + date.getYear() + " " + (1 + r.nextInt(12)) + ":"
                    + two(r.nextInt(60)) + (r.nextBoolean() ? " AM" : " PM") + " UTC");
            line("By " + journalist());
            line((2 + r.nextInt(5)) + " Min Read");
            blank();
            out.append(city.toUpperCase(Locale.ROOT)).append(", ").append(month(date)).append(' ')
                    .append(date.getDayOfMonth()).append(" (").append(outlet).append(") - ");
        }

        private void tabloidTop(String headline, EventKind kind) {
            line("Home | News | U.S. | Sport | TV&Showbiz | Femail | Health | Science | Money");
            blank();
            line(headline);
            line("  • " + fill(kind.standfirsts[0]));
            line("  • " + fill(kind.standfirsts[1]));
            line("By " + journalist().toUpperCase(Locale.ROOT) + " FOR " + outlet.toUpperCase(Locale.ROOT));
            String published = clock() + " GMT, " + date.getDayOfMonth() + " " + month(date) + " " + date.getYear();
            line("Published: " + published + " | Updated: " + clock() + " GMT, " + date.getDayOfMonth() + " "
                    + month(date) + " " + date.getYear());
            blank();
        }

        private void broadcasterTop(String headline) {
            line(outlet);
            line("Menu");
            line("Home  News  Sport  Weather  iPlayer  Sounds");
            line(section());
            line(headline);
            line(date.getDayOfMonth() + " " + month(date) + " " + date.getYear());
            line("Share this with");
            line("Facebook");
            line("Twitter");
            line("Email");
            line("Image copyright " + pick(new String[] {"Reuters", "Getty Images", "AFP", "EPA", "AP"}));
            line("Image caption " + fill("{A} spoke to reporters in {CITY} {WHEN}"));
            blank();
        }

        private void blogTop(String headline) {
            line(outlet + " — independent news from " + cast.town(r.nextInt(1000)) + " and beyond");
            line("Home / " + section() + " / " + headline);
            blank();
            line(headline);
            line("Posted on " + month(date) + " " + date.getDayOfMonth() + ", " + date.getYear() + " by " + journalist());
            blank();
        }

        private void agencyTop(String headline, EventKind kind) {
            line(outlet.toUpperCase(Locale.ROOT));
            line("Politics | World | Business | Economy | Military & Defense | Science & Space | Society & Culture");
            blank();
            line(section());
            line(headline);
            line(date.getDayOfMonth() + " " + monthShort(date).toUpperCase(Locale.ROOT) + " " + date.getYear() + ", "
                    + clock());
            blank();
            line(fill(pick(kind.standfirsts)));
            out.append(city.toUpperCase(Locale.ROOT)).append(", ").append(month(date)).append(' ')
                    .append(date.getDayOfMonth()).append(". /").append(outlet.toUpperCase(Locale.ROOT)).append("/. ");
        }

        private void body(EventKind kind) {
            paragraph(fill(pick(kind.leads)));
            paragraph(fill(pick(kind.follows)));
            int q = 0;
            Actor last = null;
            while (words < targetWords) {
                if (layout != 1 && layout != 5 && r.nextInt(9) == 0) {
                    interruption();
                }
                Actor v = voices.get(q++ % voices.size());
                String p = switch (r.nextInt(16)) {
                    case 0 -> "“" + quote() + ",” " + v.firstName(this) + " " + said() + ".";
                    case 1 -> v.firstName(this) + " " + said() + ": “" + quote() + ". " + quote() + ".”";
                    case 2 -> "“" + quote() + ",” said " + v.speaker(this) + ". “" + quote() + ".”";
                    // A pronoun stands for the speaker of the paragraph before, as in real reports.
                    case 3 -> last != null && last.female != null ? "“" + quote() + ",” " + (last.female ? "she" : "he")
                            + " " + said() + "." : "“" + quote() + ",” " + v.firstName(this) + " said.";
                    case 4 -> capitalise(claim()) + ", according to " + v.speaker(this) + ".";
                    case 5 -> v.firstName(this) + " told " + outletName() + " that " + claim() + ".";
                    case 6 -> "The " + org.first(this) + " said in a statement that " + claim() + ".";
                    case 7 -> "A senior " + ca.demonym() + " official, who asked not to be named because they were not "
                            + "authorised to speak publicly, said " + claim() + ".";
                    default -> fill(pick(BACKGROUND)) + (r.nextBoolean() ? " " + fill(pick(BACKGROUND)) : "");
                };
                paragraph(p);
                last = p.contains(v.family) ? v : null;
            }
            if (r.nextInt(3) == 0) {
                paragraph(fill("Talks on {TOPIC} are expected to resume in {NEXTMONTH}, {b} said."));
            }
        }

        private void interruption() {
            switch (r.nextInt(7)) {
                case 0 -> paragraphRaw("We use cookies to personalise content and ads and to analyse our traffic. By "
                        + "continuing to use this site you agree to our use of cookies.\nAccept cookies\nCookie settings");
                case 1 -> paragraphRaw("Sign up to our " + pick(new String[] {"Morning Briefing", "World Today",
                    "Politics Weekly"}) + " newsletter\nGet the day's top headlines delivered to your inbox. Sign up");
                case 2 -> paragraphRaw("Support independent journalism. Our reporting is free to read for everyone, "
                        + "funded by readers like you. Donate now");
                case 3 -> paragraphRaw(fill("{A} arrives for a meeting in {CITY} {WHEN}. Photo: ") + journalist() + "/"
                        + pick(new String[] {"Reuters", "AFP via Getty Images", "EPA", "AP", "Shutterstock"}));
                case 4 -> paragraphRaw("Read more:\n" + headline(anyKind()) + "\n" + headline(anyKind()));
                case 5 -> paragraphRaw("Advertisement");
                default -> paragraphRaw("RELATED: " + headline(anyKind()));
            }
        }

        private void comments() {
            if (r.nextInt(5) < 2) {
                return;
            }
            int n = 1 + r.nextInt(5);
            line("Comments (" + n + ")");
            blank();
            for (int i = 0; i < n; i++) {
                Cast.Person p = cast.person(r.nextLong(POPULATION));
                line(r.nextBoolean() ? p.name() : p.given().toLowerCase(Locale.ROOT) + (10 + r.nextInt(90)));
                line((1 + r.nextInt(23)) + " hours ago");
                line(fill(pick(COMMENTS)));
                blank();
            }
        }

        private EventKind anyKind() {
            return EventKind.values()[r.nextInt(EventKind.values().length)];
        }

        private String headline(EventKind kind) {
            plain = true;
            String h = fill(pick(kind.headlines));
            plain = false;
            return h;
        }

        private String quote() {
            return fill(pick(QUOTES));
        }

        private String claim() {
            return fill(pick(CLAIMS));
        }

        private String said() {
            return pick(new String[] {"said", "said", "told reporters", "added", "warned", "insisted", "wrote on X"});
        }

        private String outletName() {
            return r.nextBoolean() ? outlet : "the " + pick(new String[] {"Financial Times", "Associated Press",
                "BBC", "New York Times", "Guardian"});
        }

        private String journalist() {
            return cast.person(logUniform(20_000) + 2 * POPULATION).name();
        }

        private String section() {
            return pick(SECTIONS);
        }

        private String clock() {
            return two(r.nextInt(24)) + ":" + two(r.nextInt(60));
        }

        /** Fills {SLOT}s: people, bodies, countries, the topic and dates around the article's own. */
        String fill(String template) {
            StringBuilder sb = new StringBuilder(template.length() + 64);
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    sb.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                sb.append(template, i, open);
                String value = slot(template.substring(open + 1, close));
                sb.append(value);
                i = close + 1;
                // An appositive's closing comma and the template's own are one comma.
                if (value.endsWith(",") && i < template.length() && template.charAt(i) == ',') {
                    i++;
                }
            }
            return sb.toString();
        }

        private String slot(String name) {
            return switch (name) {
                case "A" -> plain ? a.name : a.firstName(this);
                case "B" -> plain ? b.name : b.firstName(this);
                case "a" -> plain ? a.name : a.later(this);
                case "b" -> plain ? b.name : b.later(this);
                case "CA" -> ca.name();
                case "CB" -> cb.name();
                case "DA" -> ca.demonym();
                case "DB" -> cb.demonym();
                case "CITY" -> city;
                case "ORG" -> plain ? org.name : org.first(this);
                case "ORG2" -> plain ? org2.name : org2.first(this);
                case "TOPIC" -> topic;
                case "WHEN" -> String.format(Locale.ROOT, pick(DAY_PARTS), weekday(date));
                case "NEXTMONTH" -> month(date.plusMonths(1));
                case "YEAR" -> Integer.toString(date.getYear() - 1 - r.nextInt(8));
                case "MONTH" -> month(date.minusMonths(1 + r.nextInt(6)));
                case "N" -> Integer.toString(3 + r.nextInt(60));
                case "P" -> Integer.toString(20 + r.nextInt(60));
                case "M" -> (1 + r.nextInt(900)) + (r.nextBoolean() ? " million" : " billion");
                default -> throw new IllegalStateException("no slot " + name);
            };
        }

        private void paragraph(String text) {
            paragraphRaw(text);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ' ') {
                    words++;
                }
            }
        }

        private void paragraphRaw(String text) {
            out.append(text).append("\n\n");
        }

        private void line(String text) {
            out.append(text).append('\n');
        }

        private void blank() {
            out.append('\n');
        }

        private String pick(String[] xs) {
            return xs[r.nextInt(xs.length)];
        }

        private int logUniform(long size) {
            return (int) Math.min(size - 1, (long) Math.exp(r.nextDouble() * Math.log(size + 1.0)) - 1);
        }
    }

    /** A person in one article: full name the first time, then a shorter form. */
    private static final class Actor {
        private final String name;
        private final String family;
        // Null for the reference data's people, whom the generator does not gender.
        private final Boolean female;
        private final String role;
        private boolean named;

        Actor(String name, String family, Boolean female, String role) {
            this.name = name;
            this.family = family;
            this.female = female;
            this.role = role;
        }

        String firstName(Story s) {
            if (named) {
                return later(s);
            }
            named = true;
            return role.isEmpty() ? name : name + ", " + role + ",";
        }

        String speaker(Story s) {
            if (named) {
                return later(s);
            }
            named = true;
            return role.isEmpty() ? name : name + ", " + role;
        }

        String later(Story s) {
            if (!named) {
                named = true;
                return name;
            }
            return s.honorifics && female != null ? (female ? "Ms " : "Mr ") + family : family;
        }
    }

    /** A body in one article: full name and acronym the first time, then the acronym. */
    private static final class Org {
        private final String name;
        private final String acronym;
        private boolean named;

        Org(String name, String acronym) {
            this.name = name;
            this.acronym = acronym;
        }

        String first(Story s) {
            if (acronym.isEmpty()) {
                return name;
            }
            if (named) {
                return acronym;
            }
            named = true;
            return name + " (" + acronym + ")";
        }
    }

    /** Kinds of events and the sentences that report them. */
    private enum EventKind {
        TALKS(new String[] {"{DA} and {DB} leaders hold talks on {TOPIC}", "{A} meets {B} as {TOPIC} row deepens"},
            new String[] {"The two sides met in {CITY} for the first time since {YEAR}",
                "Officials played down hopes of a breakthrough"},
            new String[] {"{A} met {B} in {CITY} {WHEN} for talks on {TOPIC}, the first such meeting since {YEAR}.",
                "{DA} and {DB} officials held talks in {CITY} {WHEN} aimed at ending a long dispute over {TOPIC}."},
            new String[] {"The meeting lasted more than {N} hours, according to the {ORG}.",
                "{a} said after the talks that both governments had agreed to meet again in {NEXTMONTH}."}),
        ATTACK(new String[] {"{N} killed in attack in {CITY}", "Gunmen attack police post in {CA}, killing {N}"},
            new String[] {"Officials blame the {ORG} for the deadliest attack this year",
                "Witnesses describe scenes of panic"},
            new String[] {"At least {N} people were killed when gunmen attacked a police post in {CITY} {WHEN}, "
                    + "officials said.", "A suicide bomber attacked a market in {CITY} {WHEN}, killing {N} people and "
                    + "wounding dozens more, the {DA} interior ministry said."},
            new String[] {"No group has claimed responsibility for the attack, which {A} condemned as cowardly.",
                "The {ORG} said the attackers had crossed from {CB} days earlier."}),
        SANCTIONS(new String[] {"{CA} imposes new sanctions on {CB} over {TOPIC}", "{CA} widens sanctions on {DB} firms"},
            new String[] {"The measures freeze the assets of {N} officials", "{CB} vows to retaliate"},
            new String[] {"{CA} {WHEN} announced sanctions against {N} {DB} officials and the {ORG}, accusing them of "
                    + "undermining talks on {TOPIC}.", "The {DA} government imposed an asset freeze on the {ORG} "
                    + "{WHEN}, the latest in a series of sanctions on {CB}."},
            new String[] {"{B} called the sanctions illegal and said {CB} would respond.",
                "The sanctions come into force on the first day of {NEXTMONTH}."}),
        ELECTION(new String[] {"{A} wins {DA} presidential election", "{DA} voters go to the polls amid {TOPIC} anger"},
            new String[] {"Turnout was the lowest since {YEAR}", "The result was closer than polls had suggested"},
            new String[] {"{A} was elected president of {CA} {WHEN} with {P} per cent of the vote, the electoral "
                    + "commission said.", "Voters in {CA} cast their ballots {WHEN} in an election dominated by "
                    + "{TOPIC}, with {A} and {B} neck and neck in the polls."},
            new String[] {"Observers from the {ORG} said the vote had been largely free and fair.",
                "{b} conceded defeat late in the evening and congratulated {a}."}),
        COURT(new String[] {"Court rules against {ORG} in landmark {TOPIC} case", "{A} jailed for {N} years"},
            new String[] {"Judges found the company had misled regulators", "Lawyers say they will appeal"},
            new String[] {"The {DA} Supreme Court ruled {WHEN} that the {ORG} had acted unlawfully, ordering it to pay "
                    + "compensation of {M} dollars.", "A court in {CITY} {WHEN} sentenced {A} to {N} years in prison "
                    + "for fraud linked to {TOPIC}."},
            new String[] {"The ruling cannot be appealed, the court said in a statement.",
                "{B} told the court the case had been politically motivated."}),
        PROTEST(new String[] {"Thousands protest in {CITY} against {TOPIC} plans", "Police clash with protesters in {CITY}"},
            new String[] {"Organisers said more than {N},000 people took part", "Several arrests were reported"},
            new String[] {"Tens of thousands of people marched through {CITY} {WHEN} to protest against government "
                    + "plans on {TOPIC}.", "Police fired tear gas at protesters in {CITY} {WHEN} as demonstrations "
                    + "over {TOPIC} entered a second week."},
            new String[] {"The protests were organised by the {ORG}, which has called for {A} to resign.",
                "Police said {N} people had been arrested."}),
        AGREEMENT(new String[] {"{CA} and {CB} sign deal on {TOPIC}", "{DA}-{DB} accord on {TOPIC} agreed"},
            new String[] {"The agreement runs for {N} years", "Critics say the deal gives away too much"},
            new String[] {"{CA} and {CB} signed an agreement on {TOPIC} in {CITY} {WHEN}, ending years of "
                    + "negotiations.", "{A} and {B} agreed {WHEN} on a framework deal on {TOPIC} worth {M} dollars."},
            new String[] {"The treaty still has to be ratified by both parliaments.",
                "The {ORG} welcomed the accord but said it did not go far enough."}),
        RESIGNATION(new String[] {"{A} resigns over {TOPIC} row", "{DA} minister steps down"},
            new String[] {"The resignation is a blow to the government", "A successor is expected within days"},
            new String[] {"{A} resigned {WHEN} after weeks of pressure over the handling of {TOPIC}.",
                "{A} stepped down {WHEN}, saying the row over {TOPIC} had become a distraction."},
            new String[] {"{B} is widely expected to take over the post.",
                "In a letter published by the {ORG}, {a} said it had been an honour to serve."}),
        ARREST(new String[] {"Police arrest {N} over {TOPIC} fraud", "{A} arrested in {CITY}"},
            new String[] {"Investigators say the scheme ran for years", "Raids were carried out in {N} towns"},
            new String[] {"Police in {CA} arrested {N} people {WHEN} in an investigation into fraud linked to {TOPIC}.",
                "{A} was arrested at {CITY} airport {WHEN}, prosecutors said."},
            new String[] {"The {ORG} said it was cooperating fully with investigators.",
                "Prosecutors said they would seek to have the suspects held in custody."}),
        VISIT(new String[] {"{A} visits {CB} to discuss {TOPIC}", "{A} in first visit to {CB} since {YEAR}"},
            new String[] {"The trip was announced at short notice", "Security was tight for the visit"},
            new String[] {"{A} arrived in {CB} {WHEN} on a two-day visit focused on {TOPIC}.",
                "{A} travelled to {CB} {WHEN} for talks with {B} on {TOPIC}."},
            new String[] {"It is the first visit by a {DA} leader to {CB} since {YEAR}.",
                "During the visit {a} is also expected to meet executives of the {ORG}."}),
        MILITARY(new String[] {"{CA} launches air strikes near border with {CB}", "{DA} troops begin exercises"},
            new String[] {"The military said the operation targeted militant camps", "Neighbours voiced concern"},
            new String[] {"{DA} warplanes carried out air strikes near the border with {CB} {WHEN}, the defence "
                    + "ministry said.", "{CA} began military exercises involving {N},000 troops {WHEN}, days after "
                    + "talks with {CB} on {TOPIC} broke down."},
            new String[] {"{B} called the strikes a violation of international law.",
                "The {ORG} said it was monitoring the situation closely."}),
        BUSINESS(new String[] {"{ORG} to cut {N}00 jobs", "{ORG} profits fall as {TOPIC} bites"},
            new String[] {"Shares fell {N} per cent in early trading", "Unions condemn the decision"},
            new String[] {"The {ORG} said {WHEN} it would cut {N}00 jobs after profits fell by {P} per cent.",
                "Shares in the {ORG} fell sharply {WHEN} after it warned that {TOPIC} would hit earnings by {M} dollars."},
            new String[] {"{A} said the company had no choice but to act.",
                "The {ORG2} said the cuts would hit workers in {CITY} hardest."});

        final String[] headlines;
        final String[] standfirsts;
        final String[] leads;
        final String[] follows;

        EventKind(String[] headlines, String[] standfirsts, String[] leads, String[] follows) {
            this.headlines = headlines;
            this.standfirsts = standfirsts;
            this.leads = leads;
            this.follows = follows;
        }
    }

    private static final String[] QUOTES = {
        "We will not accept {TOPIC} being used as a bargaining chip",
        "This is a difficult day for {CA}, but we will get through it together",
        "Nobody in {CITY} wants another year like this one",
        "The government has simply not listened to people who live here",
        "We expect {CB} to honour every commitment it has made",
        "There is no military solution to this conflict",
        "The figures speak for themselves",
        "I have said from the start that the talks would be hard",
        "Our door remains open, but our patience is not endless",
        "This decision will cost jobs and it will cost lives",
        "We are ready to work with anyone who wants to solve the problem of {TOPIC}",
        "It is too early to say what went wrong",
        "The {ORG} has acted within the law at every stage",
        "Families deserve answers, and they deserve them now",
        "We have been warning about this since {YEAR}",
        "The people of {CA} will judge us on what we do, not on what we say",
        "I spoke to {B} this morning and we agreed that calm is needed",
        "Every day of delay makes the situation worse",
        "We will study the decision carefully before deciding on our next steps",
        "This was never about {TOPIC}; it was about trust",
        "Frankly, the {ORG} should be ashamed",
        "We have done everything that was asked of us",
        "Nobody should be surprised by what happened in {CITY}",
        "It will take years to repair the damage",
        "Let me be clear: {CA} will defend its interests",
    };
    private static final String[] CLAIMS = {
        "the government would review its position on {TOPIC} before the end of the year",
        "{CB} had broken the commitments it made in {YEAR}",
        "the {ORG} had been warned about the risks months ago",
        "talks with {CB} would continue despite the setback",
        "more than {N} people had been affected",
        "the plan would cost at least {M} dollars",
        "{A} had not been told about the decision in advance",
        "the {ORG2} was preparing a legal challenge",
        "the measures were temporary and would be lifted in {NEXTMONTH}",
        "the number of cases had risen by {P} per cent since {MONTH}",
        "{CA} was ready to resume talks if {CB} withdrew its demands",
        "the {ORG} had ignored repeated warnings from its own staff",
        "the decision had been taken by {A} alone",
        "an inquiry would report by the end of {NEXTMONTH}",
        "the cost of {TOPIC} had doubled since {YEAR}",
        "there was no evidence that the {ORG2} had been involved",
    };
    private static final String[] BACKGROUND = {
        "The {DA} government has faced criticism over {TOPIC} since {YEAR}, when a previous agreement with {CB} "
            + "collapsed.",
        "Relations between {CA} and {CB} have been strained for years, and trade between the two fell by {P} per cent "
            + "last year.",
        "Figures published by the {ORG} in {MONTH} showed that {P} per cent of people in {CA} were worried about {TOPIC}.",
        "The dispute dates back to {YEAR}, when {CB} withdrew from a regional pact on {TOPIC}.",
        "Analysts at the {ORG2} said the move was unlikely to change the government's course.",
        "{CITY} has been at the centre of the dispute, with local businesses saying they have lost {M} dollars.",
        "Critics in {CA} said the move was a mistake and accused {a} of ignoring expert advice.",
        "The issue is expected to dominate a summit of regional leaders in {NEXTMONTH}.",
        "In {YEAR}, a similar row led to the resignation of two ministers and a snap election.",
        "The {ORG} declined to comment when contacted by phone {WHEN}.",
        "Last year {CA} spent {M} dollars on {TOPIC}, more than twice as much as in {YEAR}.",
        "The announcement came a day after {B} warned that patience in {CB} was running out.",
        "Opinion polls suggest that a majority of voters in {CA} support the plan, although support has fallen "
            + "since {MONTH}.",
        "Diplomats in {CITY} said privately that a deal was still possible before the end of the year.",
        "The {DB} embassy in {CITY} did not respond to a request for comment.",
        "In a report published in {MONTH}, the {ORG} said {TOPIC} had cost the region {M} dollars over a decade.",
        "{B}, who has led the {ORG2} since {YEAR}, has been one of the loudest critics of the government.",
        "Shares in companies exposed to {TOPIC} fell by as much as {P} per cent on the news.",
        "The European Union and the United Nations have both called for restraint.",
        "Under the plan, {N} new offices would open across {CA} by the end of the decade.",
        "Residents of {CITY} described long queues at petrol stations and shops running short of basic goods.",
        "A spokesperson for the {ORG} said the organisation had not yet seen the details of the proposal.",
    };
    private static final String[] COMMENTS = {
        "This is nonsense, as everyone in {CA} knows.",
        "Another day, another broken promise from {a}.",
        "Good. It's about time somebody stood up to {CB}.",
        "I live in {CITY} and nobody here was asked.",
        "Follow the money. The {ORG} is behind all of this.",
        "Excellent reporting, thank you.",
    };

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String monthShort(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
