package org.recours.portal.security;

import org.recours.portal.staff.StaffAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins per account, so that guessing a password is slowed down by a growing lock. */
@Component
class SignInThrottle {

    private final StaffAccounts accounts;

    SignInThrottle(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName());
    }
}
