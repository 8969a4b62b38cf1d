package org.atoll.movement;

/** In what capacity the traveller travels; crew and transit passengers have their own rules. */
public enum TravellerRole { PASSENGER, CREW, TRANSIT }
