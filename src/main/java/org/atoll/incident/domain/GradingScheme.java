package org.atoll.incident.domain;

/**
 * How intelligence is graded (chosen by configuration): the NATO Admiralty code (source reliability
 * A–F, information credibility 1–6) or the UK 3×5×2 (source 1–3, intelligence A–E, handling P/C).
 */
public enum GradingScheme {
    ADMIRALTY,
    UK_3X5X2
}
