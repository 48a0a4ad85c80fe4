package org.newsgraph.doc;

/** The three kinds of named thing the graph resolves mentions to. */
public enum EntityKind { PERSON, ORGANIZATION, COUNTRY }
