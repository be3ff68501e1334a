package org.recours.portal.security;

import org.recours.portal.staff.StaffAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Clears an account's count of failed sign-ins once its owner signs in; the count itself is kept by
 * {@link LockCheckedSignIn}, before each password is checked.
 */
@Component
class SignInThrottle {

    private final StaffAccounts accounts;

    SignInThrottle(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName());
    }
}
