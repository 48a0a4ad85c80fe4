package org.newsgraph.doc;

/** The event types of the annotation guideline; mirrors the ng:EventTypes concept scheme. */
public enum EventType {
    Meeting, Visit, Communication, Vote, MilitaryAction, Attack, Launch, Agreement, Sanction, Annexation, Election,
    Other
}
