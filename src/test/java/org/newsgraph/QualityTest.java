package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.store.Queries;
import org.newsgraph.store.Store;

/**
 * Extraction quality end to end: build a real TDB2 store from a corpus, run the contract queries
 * of queries/ and score them against gold files the way the project's scorer does (names
 * normalised, honorifics dropped, one-to-one matching, greedy here), holding a bar per category.
 * The store is built once per class: every category reads the same build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QualityTest {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor",
            "sir", "dame", "lord", "lady", "baron", "admiral", "general", "gen", "colonel", "president", "vice",
            "deputy", "prime", "minister", "pm", "secretary", "foreign", "defence", "defense", "chancellor", "mayor",
            "king", "queen", "prince", "ambassador", "senator", "mp", "rev", "st");

    /** The articles to build from. */
    abstract Path input();

    /** The gold files for them. */
    abstract Path gold();

    /** Bars for actors, countries, quotes end to end, events. */
    abstract double[] bars();

    private Store store;
    private final Map<String, JsonObject> goldFiles = new HashMap<>();

    @BeforeAll
    void build(@TempDir Path data) throws IOException {
        assertTrue(Main.run("build", "--input", input().toString(), "--data", data.toString()) == 0, "build");
        store = Store.open(data);
        try (var files = Files.list(gold())) {
            for (Path p : files.toList()) {
                JsonObject g = JSON.read(p.toString());
                goldFiles.put(g.get("source").getAsString().value(), g);
            }
        }
    }

    @AfterAll
    void close() {
        store.close();
    }

    private List<Map<String, String>> rows(String rq) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(Queries.load(rq), DatasetFactory.wrap(store.dataset()))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                            ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                    out.add(row);
                }
            }
            return out;
        });
    }

    @Test
    void actors() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Map<String, String>> rows = rows("queries/actors.rq");
        for (var e : goldFiles.entrySet()) {
            List<Set<String>> gold = new ArrayList<>();
            for (JsonValue a : e.getValue().get("actors").getAsArray()) {
                Set<String> keys = new HashSet<>();
                keys.add(norm(a.getAsObject().get("name").getAsString().value()));
                a.getAsObject().get("aliases").getAsArray().forEach(x -> keys.add(norm(x.getAsString().value())));
                gold.add(keys);
            }
            Set<String> pred = new HashSet<>();
            rows.stream().filter(r -> r.get("source").equals(e.getKey())).forEach(r -> pred.add(norm(r.get("name"))));
            Set<Integer> matched = new HashSet<>();
            for (String p : pred) {
                boolean hit = false;
                boolean known = false;
                for (int i = 0; i < gold.size(); i++) {
                    if (gold.get(i).contains(p)) {
                        known = true;
                        if (matched.add(i)) {
                            hit = true;
                            break;
                        }
                    }
                }
                if (hit) {
                    tp++;
                } else if (!known) {
                    fp++;
                }
            }
            fn += gold.size() - matched.size();
        }
        assertF1("actors", tp, fp, fn, bars()[0]);
    }

    @Test
    void countries() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Map<String, String>> rows = rows("queries/countries.rq");
        for (var e : goldFiles.entrySet()) {
            Set<String> gold = new HashSet<>();
            e.getValue().get("countries").getAsArray().forEach(c -> gold.add(c.getAsString().value()));
            Set<String> pred = new HashSet<>();
            rows.stream().filter(r -> r.get("source").equals(e.getKey())).forEach(r -> pred.add(r.get("iso")));
            for (String p : pred) {
                if (gold.contains(p)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += (int) gold.stream().filter(g -> !pred.contains(g)).count();
        }
        assertF1("countries", tp, fp, fn, bars()[1]);
    }

    @Test
    void quotesEndToEnd() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Map<String, String>> rows = rows("queries/quotes.rq");
        for (var e : goldFiles.entrySet()) {
            List<JsonObject> gold = new ArrayList<>();
            e.getValue().get("quotes").getAsArray().forEach(q -> gold.add(q.getAsObject()));
            List<Map<String, String>> pred = rows.stream().filter(r -> r.get("source").equals(e.getKey())).toList();
            Set<Integer> used = new HashSet<>();
            for (Map<String, String> p : pred) {
                List<String> pt = words(p.get("text"));
                String speaker = p.get("speakerName") == null ? "" : norm(p.get("speakerName"));
                boolean hit = false;
                for (int i = 0; i < gold.size() && !hit; i++) {
                    JsonObject g = gold.get(i);
                    List<String> gt = words(g.get("text").getAsString().value());
                    int n = Math.min(6, gt.size());
                    boolean textOk = pt.size() >= n && pt.subList(0, n).equals(gt.subList(0, n))
                            || String.join(" ", pt).contains(String.join(" ", gt.subList(0, n)));
                    Set<String> keys = new HashSet<>();
                    String gs = g.get("speaker").getAsString().value();
                    keys.add(norm(gs));
                    if (g.hasKey("speaker_aliases")) {
                        g.get("speaker_aliases").getAsArray().forEach(a -> keys.add(norm(a.getAsString().value())));
                    }
                    boolean speakerOk = keys.contains(speaker) || gs.equals("unknown") && speaker.isEmpty();
                    if (textOk && speakerOk && used.add(i)) {
                        hit = true;
                    }
                }
                if (hit) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += gold.size() - used.size();
        }
        assertF1("quotes", tp, fp, fn, bars()[2]);
    }

    @Test
    void events() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Map<String, String>> rows = rows("queries/events.rq");
        for (var e : goldFiles.entrySet()) {
            Map<String, Set<String>> parts = new HashMap<>();
            Map<String, String> dates = new HashMap<>();
            rows.stream().filter(r -> r.get("source").equals(e.getKey())).forEach(r -> {
                parts.computeIfAbsent(r.get("event"), k -> new HashSet<>()).add(norm(r.get("participant")));
                if (r.get("date") != null) {
                    dates.put(r.get("event"), r.get("date"));
                }
            });
            List<JsonObject> gold = new ArrayList<>();
            e.getValue().get("events").getAsArray().forEach(x -> gold.add(x.getAsObject()));
            Set<String> usedPred = new HashSet<>();
            int matched = 0;
            for (JsonObject g : gold) {
                Set<String> gp = new HashSet<>();
                g.get("participants").getAsArray().forEach(x -> gp.add(norm(x.getAsString().value())));
                String gd = g.get("date").isNull() ? null : g.get("date").getAsString().value();
                for (String ev : parts.keySet().stream().sorted().toList()) {
                    String pd = dates.get(ev);
                    boolean datesOk = gd == null || pd == null || gd.startsWith(pd) || pd.startsWith(gd);
                    if (!usedPred.contains(ev) && datesOk && parts.get(ev).stream().anyMatch(gp::contains)) {
                        usedPred.add(ev);
                        matched++;
                        break;
                    }
                }
            }
            tp += matched;
            fp += parts.size() - matched;
            fn += gold.size() - matched;
        }
        assertF1("events", tp, fp, fn, bars()[3]);
    }

    private static List<String> words(String s) {
        String f = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[\"'`´‘’‚‛“”„‟]", "").replaceAll("[\\p{P}\\p{S}]", " ").trim();
        return f.isEmpty() ? List.of() : List.of(f.split("\\s+"));
    }

    private static void assertF1(String what, int tp, int fp, int fn, double bar) {
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%s: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", what, p, r, f1, tp, fp, fn);
        assertTrue(f1 >= bar, String.format("%s F1 %.3f below %.2f (tp %d fp %d fn %d)", what, f1, bar, tp, fp, fn));
    }

    /** The scorer's name normalisation: accents, case, punctuation, honorifics and a leading "the" dropped. */
    static String norm(String s) {
        String f = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> tokens = List.of(f.replaceAll("[\\p{P}\\p{S}]", " ").trim().split("\\s+"));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("secretary") && i + 2 < tokens.size() && tokens.get(i + 1).equals("of")
                    && tokens.get(i + 2).equals("state")) {
                i += 2;
            } else if (!HONORIFICS.contains(t)) {
                kept.add(t);
            }
        }
        while (!kept.isEmpty() && kept.get(0).equals("the")) {
            kept.remove(0);
        }
        if (kept.isEmpty()) {
            kept = new ArrayList<>(tokens);
            while (kept.size() > 1 && kept.get(0).equals("the")) {
                kept.remove(0);
            }
        }
        return String.join(" ", kept);
    }
}
