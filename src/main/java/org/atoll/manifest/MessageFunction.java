package org.atoll.manifest;

/** Whether a manifest is a first report, replaces an earlier one for the same flight, or cancels it. */
public enum MessageFunction { ORIGINAL, REPLACEMENT, CANCELLATION }
