package app.sorriso.security;

import app.sorriso.base.ClinicException;
import app.sorriso.base.DatabaseRefusals;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * One e-mail, one login. Every form that sets an e-mail (staff accounts, sign-up, a person's own change) refuses a
 * taken one with the same words, so none of them tells whether a patient or a colleague uses it.
 */
final class TakenEmails {

    private TakenEmails() {}

    /** Refuses the e-mail if another account than {@code exceptId} (null: any account) logs in with it. */
    static void refuse(UserAccountRepository accounts, String email, Long exceptId) {
        accounts.findByEmail(email)
                .filter(other -> !other.getId().equals(exceptId))
                .ifPresent(other -> {
                    throw ClinicException.onField("email", "account.email-taken");
                });
    }

    /** Saves the account; when two people take the same e-mail at the same moment, the unique index decides. */
    static UserAccount save(UserAccountRepository accounts, UserAccount account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException refused) {
            if (DatabaseRefusals.isDuplicate(refused)) {
                throw ClinicException.onField("email", "account.email-taken");
            }
            throw refused;
        }
    }
}
