package org.atoll.visa.domain;

/** Whether the visa fee has been settled. */
public enum FeeStatus { UNPAID, PAID, WAIVED }
