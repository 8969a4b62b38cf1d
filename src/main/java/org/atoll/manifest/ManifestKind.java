package org.atoll.manifest;

/** PAXLST BGM document name code: 745 passenger list, 250 crew list. */
public enum ManifestKind { PASSENGER_LIST, CREW_LIST }
