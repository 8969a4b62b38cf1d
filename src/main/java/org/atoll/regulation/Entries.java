package org.atoll.regulation;

/** How many entries one visa or permit allows. */
public enum Entries {
    SINGLE,
    MULTIPLE
}
