package org.newsgraph.doc;

/** Words at [start, end) of the body that report an event of a type ("air strikes", "held talks"). */
public record Trigger(int start, int end, EventType type) { }
