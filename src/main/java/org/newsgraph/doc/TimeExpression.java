package org.newsgraph.doc;

/** A date or time the text names at [start, end) of the body ("last Tuesday", "in March 2015"), resolved to a date. */
public record TimeExpression(int start, int end, PartialDate date) { }
