package org.recours.portal.staff;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.recours.kernel.casefile.StaffRole;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member: who, in which branch, with which role; {@code mustChangePassword} while they still hold
 * the one-time password an administrator gave them.
 */
public record StaffPrincipal(
        String login,
        String fullName,
        String branch,
        StaffRole role,
        String passwordHash,
        boolean enabled,
        Instant lockedUntil,
        boolean mustChangePassword)
        implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Staff see and act on their branch's cases; supervisors and administrators on every branch's. */
    public boolean reaches(String caseBranch) {
        return role != StaffRole.STAFF || branch.equals(caseBranch);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
