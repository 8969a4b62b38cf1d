package org.atoll.alert.web;

/** Who may use which part of the alert list; the expressions of the controllers' {@code @PreAuthorize}. */
final class AlertRoles {

    /** Reading alerts (content limited further by agency): every operational role; not statisticians or administrators. */
    static final String READ = "hasAnyRole('PRIMARY_OFFICER','SECONDARY_OFFICER','SUPERVISOR','VISA_OFFICER','ALERT_MANAGER','ANALYST','LABOUR_OFFICER')";
    static final String MANAGE = "hasRole('ALERT_MANAGER')";
    static final String SCREEN = "hasAnyRole('PRIMARY_OFFICER','SECONDARY_OFFICER','SUPERVISOR','VISA_OFFICER','ALERT_MANAGER','ANALYST') or hasAuthority('SCOPE_SCREENING')";
    static final String DISPOSE = "hasAnyRole('SECONDARY_OFFICER','SUPERVISOR','ALERT_MANAGER')";
    static final String NOTIFICATIONS = "hasAnyRole('ALERT_MANAGER','SUPERVISOR','ANALYST')";

    private AlertRoles() {
    }
}
