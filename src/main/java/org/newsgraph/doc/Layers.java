package org.newsgraph.doc;

import java.util.List;

/** Every layer a {@link NewsDoc} can hold, in the order the standard pipeline adds them. */
public final class Layers {

    private Layers() {
    }

    /** Headline, byline, outlet and date read from the page around the article. */
    public static final Layer<Metadata> METADATA = Layer.named("metadata");
    /** The cleaned article text that every span of every later layer points into. */
    public static final Layer<String> BODY = Layer.named("body");
    /** Reader comments, kept apart from the body. */
    public static final Layer<List<String>> COMMENTS = Layer.named("comments");
    public static final Layer<List<Token>> TOKENS = Layer.named("tokens");
    /** The sentences, with the sentence around any position. */
    public static final Layer<Sentences> SENTENCES = Layer.named("sentences");
    /** Names of actors and countries, each resolved to its entity. */
    public static final Layer<List<Mention>> MENTIONS = Layer.named("mentions");
    /** Stretches of quoted speech, before anyone is named as their speaker. */
    public static final Layer<List<Quote>> QUOTES = Layer.named("quotes");
    /** Dates and times the text names, resolved against the article's date. */
    public static final Layer<List<TimeExpression>> TIMES = Layer.named("times");
    /** Words that report an event ("talks", "air strikes"), with its type. */
    public static final Layer<List<Trigger>> TRIGGERS = Layer.named("triggers");
    /** Statements attributed to a speaker, quoted or reported. */
    public static final Layer<List<Claim>> CLAIMS = Layer.named("claims");
    /** Events the article reports, merged within it. */
    public static final Layer<List<Event>> EVENTS = Layer.named("events");
}
