package org.atoll.alert.model;

/** How sensitive the alert's content is. A SECRET alert may be shared with named agencies only, never in full. */
public enum Sensitivity {
    OFFICIAL, SENSITIVE, SECRET
}
