package org.atoll.access;

/** What an officer may do. An officer holds one or more roles within one agency. */
public enum Role {
    PRIMARY_OFFICER,
    SECONDARY_OFFICER,
    SUPERVISOR,
    VISA_OFFICER,
    ALERT_MANAGER,
    ANALYST,
    LABOUR_OFFICER,
    STATISTICIAN,
    ADMINISTRATOR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
