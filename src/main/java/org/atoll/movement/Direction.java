package org.atoll.movement;

/** Which way a traveller crosses the border. */
public enum Direction { ENTRY, EXIT }
