package org.atoll.inspection.domain;

/**
 * What an inspection ends in. On exit, {@code ADMIT} means cleared to depart. {@code REFUSE} is
 * never proposed at the booth: only a secondary officer refuses, citing grounds.
 */
public enum ProposalOutcome { ADMIT, REFER, REFUSE }
