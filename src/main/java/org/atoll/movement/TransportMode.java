package org.atoll.movement;

/** How the traveller crosses: by aircraft or by ship (cruise, cargo, yacht). */
public enum TransportMode { AIR, SEA }
