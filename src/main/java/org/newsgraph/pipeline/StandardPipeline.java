package org.newsgraph.pipeline;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.doc.Annotator;
import org.newsgraph.extract.EventTriggers;
import org.newsgraph.extract.NameFinder;
import org.newsgraph.extract.QuoteAnnotator;
import org.newsgraph.extract.QuoteFinder;
import org.newsgraph.extract.TimeAnnotator;
import org.newsgraph.extract.TimeExpressions;
import org.newsgraph.extract.TriggerAnnotator;
import org.newsgraph.reference.Gazetteer;
import org.newsgraph.reference.LayoutRules;
import org.newsgraph.reference.Lexicon;
import org.newsgraph.reference.OutletDirectory;
import org.newsgraph.reference.ReferenceData;
import org.newsgraph.reference.Vocabulary;
import org.newsgraph.resolve.ClaimResolver;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.EventResolver;
import org.newsgraph.text.ArticleReader;
import org.newsgraph.text.ReaderAnnotator;
import org.newsgraph.text.SentenceAnnotator;
import org.newsgraph.text.SentenceSplitter;
import org.newsgraph.text.Tokenizer;
import org.newsgraph.text.TokenizerAnnotator;

/**
 * The conversion's steps in order, and the data files each one reads: the one place to add a step or
 * point a step at another list. The reference model (ontology/reference/*.ttl: outlets, countries,
 * actors and their roles) is loaded by the caller, as the RDF stage serves it too.
 */
public final class StandardPipeline {

    /** The article reader's cue files: cue, regex fragment, comment per line. */
    public static final List<String> READER_CUES = List.of("rules/layout-cues.tsv", "rules/metadata-cues.tsv");
    /** The article reader's word files, in this order: words that are no name, function words, byline role words. */
    public static final List<String> READER_WORDS = List.of("rules/not-name-words.tsv", "rules/function-words.tsv",
            "rules/byline-role-words.tsv");

    /** Name recognition's cues: what makes a capital a venue and a role's holder no current one. */
    public static final String ENTITY_CUES = "rules/entity-cues.tsv";
    /** Quote finding's cues: clause verbs, and words that introduce a quote after a colon. */
    public static final String QUOTE_CUES = "rules/quote-cues.tsv";
    /** Claim resolution's cues: pronouns, spokespersons, reporting verbs, media, venues. */
    public static final String CLAIM_CUES = "rules/claim-cues.tsv";
    /** Time expressions' cues: words of the article's day, the day before, and tense. */
    public static final String TIME_CUES = "rules/time-cues.tsv";
    /** Event resolution's cues: words of intention and negation before a trigger, prepositions of place. */
    public static final String EVENT_CUES = "rules/event-cues.tsv";
    /** Every cue file of the steps after the reader: cue, regex fragment, comment per line. */
    public static final List<String> STEP_CUES = List.of(ENTITY_CUES, QUOTE_CUES, CLAIM_CUES, TIME_CUES,
            EVENT_CUES);

    private StandardPipeline() {
    }

    /** The article reader's rules. */
    public static LayoutRules readerRules(Model reference) {
        return ReferenceData.layoutRules(reference, READER_CUES, READER_WORDS);
    }

    /** The word lists name recognition and claims read beyond the gazetteer. */
    public static Lexicon lexicon() {
        return new Lexicon(
                ReferenceData.words("lexicon/given-names.txt"),
                ReferenceData.words("lexicon/titles.txt"),
                ReferenceData.words("lexicon/org-heads.txt"),
                ReferenceData.words("lexicon/saying-verbs.txt"),
                ReferenceData.words("lexicon/sentence-starters.txt"),
                ReferenceData.words("lexicon/not-entities.txt"));
    }

    /** The one sentence splitter: the abbreviation list and the titles that end in a full stop. */
    public static SentenceSplitter sentenceSplitter(Lexicon lexicon) {
        return new SentenceSplitter(ReferenceData.abbreviations("lexicon/abbreviations.tsv", lexicon.titles()));
    }

    /** The standard pipeline over the given reference model. */
    public static Pipeline of(Model reference) {
        return new Pipeline(steps(reference));
    }

    /** The standard steps, in order: the first reads the raw page, every later one reads layers. */
    public static List<Annotator> steps(Model reference) {
        OutletDirectory outlets = ReferenceData.outlets(reference);
        Gazetteer gazetteer = ReferenceData.gazetteer(reference);
        Lexicon lexicon = lexicon();
        Vocabulary entityCues = ReferenceData.vocabulary(ENTITY_CUES);
        List<Annotator> steps = List.of(
                new ReaderAnnotator(new ArticleReader(outlets, readerRules(reference)), outlets),
                new TokenizerAnnotator(new Tokenizer()),
                new SentenceAnnotator(sentenceSplitter(lexicon)),
                new EntityResolver(gazetteer, ReferenceData.roles(reference), new NameFinder(lexicon, entityCues),
                        entityCues),
                new QuoteAnnotator(new QuoteFinder(lexicon.sayingVerbs(), ReferenceData.vocabulary(QUOTE_CUES))),
                new ClaimResolver(lexicon, ReferenceData.vocabulary(CLAIM_CUES)),
                new TimeAnnotator(new TimeExpressions(ReferenceData.vocabulary(TIME_CUES))),
                new TriggerAnnotator(new EventTriggers(ReferenceData.eventTriggers("lexicon/event-triggers.tsv"))),
                new EventResolver(gazetteer, ReferenceData.vocabulary(EVENT_CUES)));
        return steps;
    }
}
