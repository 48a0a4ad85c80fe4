package org.newsgraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The invented people, organisations, towns and outlets that synthetic articles draw on, each a
 * pure function of (seed, index): an unbounded population held in no table, so a corpus of any size
 * is generated in flat memory and article n never depends on how many articles are asked for.
 */
public final class Cast {

    /** An invented person: names, gender, and the standing role news gives them. */
    public record Person(String given, String family, boolean female, String role) {
        public String name() {
            return given + " " + family;
        }
    }

    /** An invented organisation; {@code acronym} is empty when news would not abbreviate it. */
    public record Organisation(String name, String acronym) { }

    /** An invented outlet: its name, web domain and page layout. */
    public record Outlet(String name, String domain, int layout) { }

    /** Given names (female first, then male, split at the index in FEMALE) and family names per language. */
    private record Language(String[] given, int female, String[] family, String[] familySuffixes) { }

    private static final Language[] LANGUAGES = {
        new Language(new String[] {"Aisling", "Harriet", "Imogen", "Niamh", "Bronwen", "Eleanor", "Rhiannon",
            "Callum", "Declan", "Rhys", "Alasdair", "Gareth", "Ewan", "Tobias"}, 7,
            new String[] {"Ashcombe", "Brindley", "Callender", "Dunmore", "Fairbairn", "Hollingsworth", "Kettering",
                "Lockhart", "Pennington", "Radcliffe", "Thistlewood", "Wetherby"},
            new String[] {"ington", "worth", "ley", "field", "more", "ham"}),
        new Language(new String[] {"Ximena", "Lucía", "Marisol", "Rocío", "Inmaculada", "Valeria",
            "Joaquín", "Rodrigo", "Ignacio", "Esteban", "Gonzalo", "Alejandro"}, 6,
            new String[] {"Echeverría", "Villalobos", "Arrieta", "Quintanilla", "Saavedra", "Benavides", "Olmedo",
                "Zubizarreta", "Ibarrola", "Cifuentes"},
            new String[] {"ez", "ada", "edo", "illa", "ares", "ueta"}),
        new Language(new String[] {"Friederike", "Annegret", "Wiebke", "Henrike", "Ulrike", "Jörg", "Wolfgang",
            "Matthias", "Reinhard", "Lutz", "Dietmar"}, 5,
            new String[] {"Brandstätter", "Kettelhack", "Oberländer", "Wiesenthal", "Hohmeier", "Lindemann",
                "Strohmaier", "Falkenberg", "Rautenbach", "Grünewald"},
            new String[] {"mann", "berg", "hoff", "bach", "stein", "feld"}),
        new Language(new String[] {"Ségolène", "Clémence", "Maëlle", "Capucine", "Apolline", "Gaspard", "Aurélien",
            "Thibault", "Baptiste", "Régis", "Anatole"}, 5,
            new String[] {"Delacroix-Vallet", "Fontenoy", "Marchand", "Beaulieu", "Lestrade", "Dumoulin",
                "Chevrier", "Vautrin", "Pelletier", "Roussel"},
            new String[] {"ier", "eau", "ot", "ard", "in", "ac"}),
        new Language(new String[] {"Yasmin", "Rania", "Layla", "Nour", "Samira", "Hind", "Tariq", "Khalil",
            "Yousef", "Bilal", "Nabil", "Hamza"}, 6,
            new String[] {"Al-Khatib", "Haddadin", "Nasrallah", "Qasimi", "Al-Tamimi", "Mansour", "Barakat",
                "Shammari", "El-Sayed", "Zaatari"},
            new String[] {"awi", "ani", "ouri", "ashi", "adi", "iri"}),
        new Language(new String[] {"Yevgenia", "Lyudmila", "Oksana", "Zlata", "Vasilisa", "Svyatoslav", "Gennady",
            "Yaroslav", "Arkady", "Vsevolod", "Timur"}, 5,
            new String[] {"Belozersky", "Kuznetsova", "Yermolov", "Zhdanov", "Tikhonov", "Rybakov", "Gorelik",
                "Shevtsov", "Kalinichenko", "Vorontsov"},
            new String[] {"ov", "enko", "sky", "chuk", "in", "ovich"}),
        new Language(new String[] {"Xiaoling", "Meihua", "Yuting", "Shufen", "Weiwei", "Zhiqiang", "Jianguo",
            "Haoran", "Guoliang", "Dehua"}, 5,
            new String[] {"Zhao", "Qian", "Sun", "Xu", "Luo", "Feng", "Tang", "Cao", "Deng", "Xiao"},
            new String[] {}),
        new Language(new String[] {"Chiamaka", "Ngozi", "Folasade", "Adaeze", "Yetunde", "Chukwuemeka", "Olumide",
            "Babatunde", "Ikenna", "Oluwaseun"}, 5,
            new String[] {"Okonkwo", "Adeyemi", "Nwachukwu", "Obiora", "Adebayo", "Eze", "Olaniyan",
                "Chukwu", "Ogunleye", "Balogun"},
            new String[] {"wu", "yemi", "nna", "ola", "bayo", "ike"}),
        new Language(new String[] {"Elif", "Zeynep", "Gülşen", "Aylin", "Ebru", "Mehmet", "Burak", "Oğuz",
            "Kerem", "Serkan"}, 5,
            new String[] {"Yıldırım", "Karaca", "Öztürk", "Çelikkaya", "Aydemir", "Kocabaş", "Şahin", "Erdinç",
                "Tunalı", "Bozkurt"},
            new String[] {"oğlu", "kaya", "demir", "han", "taş", "er"}),
        new Language(new String[] {"Priyanka", "Sunita", "Lakshmi", "Anjali", "Deepika", "Rajesh", "Vikram",
            "Arjun", "Sanjay", "Harish"}, 5,
            new String[] {"Raghunathan", "Chatterjee", "Deshpande", "Venkataraman", "Bhattacharya", "Iyer",
                "Kulkarni", "Menon", "Subramanian", "Banerjee"},
            new String[] {"an", "ar", "endra", "esh", "appa", "wal"}),
        new Language(new String[] {"Ingrid", "Solveig", "Astrid", "Liv", "Sigrun", "Torbjørn", "Håkan",
            "Leif", "Espen", "Gunnar"}, 5,
            new String[] {"Lindgren", "Sjöberg", "Håkansson", "Strand", "Bergqvist", "Halvorsen", "Nyström",
                "Rasmussen", "Aalto", "Eriksdottir"},
            new String[] {"qvist", "ström", "sson", "lund", "gren", "by"}),
        new Language(new String[] {"Agnieszka", "Małgorzata", "Zuzana", "Katarzyna", "Jadwiga", "Przemysław",
            "Zbigniew", "Radek", "Tomasz", "Miroslav"}, 5,
            new String[] {"Wiśniewska", "Kowalczyk", "Dvořák", "Zieliński", "Mazur", "Procházka", "Grabowski",
                "Szymańska", "Horváth", "Nowicki"},
            new String[] {"ski", "czyk", "ák", "ek", "owicz", "ny"}),
        new Language(new String[] {"Haruka", "Ayumi", "Sakura", "Minji", "Jiyeon", "Takeshi", "Kenji", "Hiroshi",
            "Dong-hyun", "Seung-woo"}, 5,
            new String[] {"Takahashi", "Matsumoto", "Inoue", "Kobayashi", "Nakamura", "Park", "Choi", "Jeong",
                "Yoon", "Kang"},
            new String[] {}),
    };

    private static final String[] STEMS = {"Al", "Bren", "Cor", "Dal", "Est", "Fen", "Gal", "Hol", "Ist", "Jor",
        "Kal", "Lor", "Mar", "Nor", "Ost", "Pel", "Quen", "Ros", "Sal", "Tar", "Ul", "Val", "Wen", "Zar"};
    private static final String[] TOWN_ENDS = {"ford", "bridge", "ton", "mouth", "field", "wick", "by", "port",
        "dale", "haven", "burgh", "stead", "minster", "ley"};
    private static final String[] BRAND_ENDS = {"ix", "ora", "eon", "ava", "tek", "ium", "aro", "ent", "is", "on"};

    private static final String[] MINISTER_AREAS = {"Foreign", "Finance", "Defence", "Interior", "Trade",
        "Energy", "Health", "Justice", "Agriculture", "Transport", "Education", "Environment"};
    private static final String[] OFFICE_AREAS = {"Water Resources", "Fisheries", "Digital Affairs", "Mines",
        "Labour", "Tourism", "Housing", "Public Works", "Maritime Affairs", "Rural Development"};
    private static final String[] COMPANY_KINDS = {"Group plc", "Holdings", "Energy Ltd", "Pharmaceuticals",
        "Motors", "Logistics", "Bank", "Telecom", "Mining Corp", "Airways", "Foods Inc", "Capital Partners"};
    private static final String[] CAUSES = {"Press Freedom", "Clean Water", "Rural Health", "Refugee Rights",
        "Open Government", "Fair Trade", "Digital Rights", "Child Welfare"};
    private static final String[] WORKERS = {"Teachers", "Mineworkers", "Nurses", "Dockers", "Journalists",
        "Farmers", "Transport Workers", "Civil Servants"};
    private static final String[] PARTY_ADJ = {"Democratic", "Progressive", "National", "Liberal", "Popular",
        "Renewal", "Civic", "Green"};
    private static final String[] OUTLET_NOUNS = {"Courier", "Herald", "Gazette", "Chronicle", "Post", "Observer",
        "Tribune", "Sentinel", "Dispatch", "Bulletin", "Record", "Examiner", "Star", "Mail"};

    private final long seed;

    public Cast(long seed) {
        this.seed = seed;
    }

    /** Person k: a given and family name of one of several languages, and a role naming an organisation or town. */
    public Person person(long k) {
        SplittableRandom r = random(1, k);
        Language lang = LANGUAGES[r.nextInt(LANGUAGES.length)];
        int g = r.nextInt(lang.given().length);
        String family = lang.family()[r.nextInt(lang.family().length)];
        // Most families are compounds of a stem and the language's ending, so names rarely repeat.
        if (lang.familySuffixes().length > 0 && r.nextInt(3) > 0) {
            String stem = STEMS[r.nextInt(STEMS.length)];
            family = stem + lang.familySuffixes()[r.nextInt(lang.familySuffixes().length)];
        }
        return new Person(lang.given()[g], family, g < lang.female(), role(r));
    }

    private String role(SplittableRandom r) {
        long other = r.nextInt(1 << 20);
        return switch (r.nextInt(10)) {
            case 0, 1 -> MINISTER_AREAS[r.nextInt(MINISTER_AREAS.length)] + " Minister";
            case 2 -> "a spokesperson for the " + organisation(other).name();
            case 3 -> "chief executive of the " + organisation(other).name();
            case 4 -> "a senior analyst at the " + organisation(other).name();
            case 5 -> "the mayor of " + town(other);
            case 6 -> "a professor of international relations at the University of " + town(other);
            case 7 -> "the opposition leader";
            case 8 -> "a lawyer representing the families";
            default -> "chair of the " + organisation(other).name();
        };
    }

    /** Organisation k: a company, ministry, campaign group, union, party or authority, some with an acronym. */
    public Organisation organisation(long k) {
        SplittableRandom r = random(2, k);
        String brand = STEMS[r.nextInt(STEMS.length)] + BRAND_ENDS[r.nextInt(BRAND_ENDS.length)];
        return switch (r.nextInt(7)) {
            case 0, 1 -> new Organisation(brand + " " + COMPANY_KINDS[r.nextInt(COMPANY_KINDS.length)], "");
            case 2 -> named(r.nextBoolean() ? "Ministry of " + OFFICE_AREAS[r.nextInt(OFFICE_AREAS.length)]
                    : OFFICE_AREAS[r.nextInt(OFFICE_AREAS.length)] + " Ministry", false);
            case 3 -> named("Alliance for " + CAUSES[r.nextInt(CAUSES.length)], true);
            case 4 -> named("National Union of " + WORKERS[r.nextInt(WORKERS.length)], true);
            case 5 -> named(PARTY_ADJ[r.nextInt(PARTY_ADJ.length)] + " " + town(k) + " Party", true);
            default -> named(town(k) + " " + OFFICE_AREAS[r.nextInt(OFFICE_AREAS.length)] + " Authority", true);
        };
    }

    private static Organisation named(String name, boolean abbreviated) {
        if (!abbreviated) {
            return new Organisation(name, "");
        }
        StringBuilder acronym = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!List.of("of", "for", "the", "and").contains(w)) {
                acronym.append(w.charAt(0));
            }
        }
        return new Organisation(name, acronym.toString().toUpperCase(Locale.ROOT));
    }

    /** Town k: an invented English-sounding place name. */
    public String town(long k) {
        SplittableRandom r = random(3, k);
        return STEMS[r.nextInt(STEMS.length)] + TOWN_ENDS[r.nextInt(TOWN_ENDS.length)];
    }

    /** Outlet k: an invented paper, site, broadcaster or agency with its own layout. */
    public Outlet outlet(long k, int layouts) {
        SplittableRandom r = random(4, k);
        String town = town(k + 7919);
        String noun = OUTLET_NOUNS[r.nextInt(OUTLET_NOUNS.length)];
        String name = switch (r.nextInt(5)) {
            case 0, 1 -> "The " + town + " " + noun;
            case 2 -> town + " Today";
            case 3 -> "Radio " + town;
            default -> town + " News Network";
        };
        String domain = name.toLowerCase(Locale.ROOT).replace("the ", "").replace(" ", "") + (r.nextBoolean()
                ? ".com" : ".co.uk");
        return new Outlet(name, domain, r.nextInt(layouts));
    }

    private SplittableRandom random(int kind, long k) {
        return new SplittableRandom(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind).nextLong() ^ (k * 0xBF58476D1CE4E5B9L));
    }
}
