package org.citycoop.analytics.measures.decision;

/** What a period is compared with: nothing, the period just before it (as long), or the same days a year earlier. */
public enum Compare {
    NONE, PREVIOUS, YEAR
}
