package app.sorriso.api;

import app.sorriso.security.ApiTokenService;
import app.sorriso.security.ApiTokenService.TokenPair;
import app.sorriso.security.PasswordPolicy;
import app.sorriso.security.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Tokens for the API: log in, refresh, log out")
@SecurityRequirements
class AuthController {

    private final ApiTokenService tokens;
    private final Clock clock;

    AuthController(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @PostMapping("/token")
    @Operation(
            summary = "Log in with e-mail and password",
            description = "An access token (about 15 minutes) and a one-use refresh token. Attempts are rate-limited "
                    + "per address and per account (429 with Retry-After).")
    TokenResponse token(@Valid @RequestBody LogIn login, HttpServletRequest request) {
        try {
            return view(tokens.logIn(login.email(), login.password(), request.getRemoteAddr()));
        } catch (CredentialsExpiredException temporaryPassword) {
            throw new ApiRefusal(HttpStatus.FORBIDDEN, "api.auth.password-change-required");
        } catch (BadCredentialsException refused) {
            throw new ApiRefusal(HttpStatus.UNAUTHORIZED, "api.auth.invalid-credentials");
        }
    }

    @PostMapping("/refresh")
    @Operation(
            summary = "Trade a refresh token for a new pair",
            description = "Each refresh token works once. Presenting one that was already used revokes every token of "
                    + "that login, and the client must log in again.")
    TokenResponse refresh(@Valid @RequestBody Refresh refresh) {
        try {
            return view(tokens.refresh(refresh.refreshToken()));
        } catch (BadCredentialsException refused) {
            throw new ApiRefusal(HttpStatus.UNAUTHORIZED, "api.auth.refresh-refused");
        }
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "End the login a refresh token belongs to",
            description = "Access tokens already handed out stay valid until they expire (at most 15 minutes).")
    void logout(@Valid @RequestBody Refresh refresh) {
        tokens.logOut(refresh.refreshToken());
    }

    private TokenResponse view(TokenPair pair) {
        return new TokenResponse(
                pair.accessToken(),
                "Bearer",
                Math.round(Duration.between(clock.instant(), pair.accessExpiresAt())
                                .toMillis()
                        / 1000.0),
                pair.refreshToken(),
                OffsetDateTime.ofInstant(pair.refreshExpiresAt(), clock.getZone()));
    }

    record LogIn(
            @NotBlank(message = "{form.required}") @Size(max = UserAccount.EMAIL_MAX, message = "{api.field.too-long}")
            String email,

            @NotBlank(message = "{form.required}")
            @Size(max = PasswordPolicy.MAX_LENGTH, message = "{api.field.too-long}")
            String password) {}

    record Refresh(
            @NotBlank(message = "{form.required}") @Size(max = 100, message = "{api.field.too-long}")
            String refreshToken) {}

    /**
     * @param expiresIn seconds until the access token expires
     */
    record TokenResponse(
            String accessToken,
            String tokenType,
            long expiresIn,
            String refreshToken,
            OffsetDateTime refreshExpiresAt) {}
}
