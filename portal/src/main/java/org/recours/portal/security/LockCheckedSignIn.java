package org.recours.portal.security;

import org.recours.portal.staff.StaffAccounts;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's check of a password, behind the account's lock: each attempt is counted (and the lock set from
 * the fifth failure in a row) in one row-locked transaction before the password is compared, so that concurrent
 * guesses cannot each find the account still open. {@link SignInThrottle} clears the count after a success.
 */
@Component
class LockCheckedSignIn extends DaoAuthenticationProvider {

    private final StaffAccounts accounts;

    LockCheckedSignIn(StaffAccounts accounts, PasswordEncoder passwords) {
        super(accounts);
        setPasswordEncoder(passwords);
        this.accounts = accounts;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken attempt) {
        if (!accounts.countAttempt(user.getUsername())) {
            throw new LockedException("account locked after repeated failed sign-ins");
        }
        super.additionalAuthenticationChecks(user, attempt);
    }
}
