package app.sorriso.patients;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date of birth no earlier than {@link #EARLIEST}, the database's own limit: a typo such as 0001 for 2001 is named
 * next to the field instead of failing at the database. Missing and future dates are left to {@code @NotNull} and
 * {@code @Past}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleBirthDate.Validator.class)
public @interface PlausibleBirthDate {

    /** The earliest date of birth accepted (the check constraint on {@code patient.birth_date}). */
    LocalDate EARLIEST = LocalDate.of(1900, 1, 2);

    String message() default "{patient.birth-date.too-early}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleBirthDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(EARLIEST);
        }
    }
}
