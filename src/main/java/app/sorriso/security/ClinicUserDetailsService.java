package app.sorriso.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ClinicUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    ClinicUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        // Spring answers an unknown e-mail and a wrong password alike (and hashes a dummy password for the unknown
        // one, so timing tells nothing either); the message here never reaches the user.
        return accounts.findByEmail(email.trim())
                .map(ClinicUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
