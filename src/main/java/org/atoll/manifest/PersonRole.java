package org.atoll.manifest;

/** A person's role on a manifest (PAXLST NAD qualifiers FL, FM, DDT/DDU). */
public enum PersonRole { PASSENGER, CREW, TRANSIT }
