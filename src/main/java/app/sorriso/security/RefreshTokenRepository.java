package app.sorriso.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokenRepository extends JpaRepository<RefreshToken, Long> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /**
     * Marks the token replaced if it still can be used; 0 means someone else used it first. Under read committed the
     * second of two racing refreshes waits for the first, then finds the condition false.
     */
    @Modifying
    @Query("""
            update RefreshToken t set t.replacedAt = :now
            where t.id = :id and t.replacedAt is null and t.revokedAt is null""")
    int markReplaced(long id, Instant now);

    @Modifying
    @Query("update RefreshToken t set t.revokedAt = :now where t.familyId = :familyId and t.revokedAt is null")
    int revokeFamily(UUID familyId, Instant now);

    /** Expired tokens cannot be used or replayed, so their rows only take space. */
    @Modifying
    @Query("delete from RefreshToken t where t.accountId = :accountId and t.expiresAt < :now")
    int deleteExpired(long accountId, Instant now);
}
