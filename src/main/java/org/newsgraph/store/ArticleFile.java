package org.newsgraph.store;

import java.nio.file.Path;

/** One input file decoded to text, ready for the converter. */
public record ArticleFile(String source, Path path, String text) { }
