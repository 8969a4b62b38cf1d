package org.atoll.access.web;

import java.util.ArrayList;
import java.util.List;

import org.atoll.access.Role;
import org.atoll.access.internal.Officer;

/** What the officer form posts. Checks happen in the service, so that UI and API agree. */
public class OfficerForm {

    private String username;
    private String fullName;
    private String agency;
    private List<String> roles = new ArrayList<>();
    private String password;
    private boolean enabled = true;
    private boolean unlock;
    private Integer version;

    static OfficerForm of(Officer o) {
        OfficerForm f = new OfficerForm();
        f.username = o.username();
        f.fullName = o.fullName();
        f.agency = o.agency().value();
        f.roles = o.roles().stream().map(Role::name).sorted().toList();
        f.enabled = o.enabled();
        f.version = o.version();
        return f;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isUnlock() { return unlock; }
    public void setUnlock(boolean unlock) { this.unlock = unlock; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
